/** The official Timekit JS client ships no types; the SDK test describes the part it uses. */
declare module 'timekit-sdk' {
  const timekit: unknown;
  export default timekit;
}
