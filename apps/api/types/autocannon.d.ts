// autocannon ships no type declarations; the bench uses only this call.
declare module 'autocannon' {
  function autocannon(
    options: Record<string, unknown>,
    callback: (error: Error | null, result: never) => void,
  ): unknown;
  export default autocannon;
}
