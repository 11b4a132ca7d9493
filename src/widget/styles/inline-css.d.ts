/** `import css from './widget.css?inline'`: the stylesheet as a string (Vite), for the shadow root. */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
