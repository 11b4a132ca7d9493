import { createApp } from 'vue';
import { defineBookingElement } from 'embeddable-booking-widget';
import App from './App.vue';

defineBookingElement();
createApp(App).mount('#app');
