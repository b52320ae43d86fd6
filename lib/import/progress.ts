/** A one-line progress display for a terminal (`\r` rewrites it); silent when stderr is not a TTY. */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr) {
  const started = Date.now();
  let last = 0;
  const enabled = Boolean(stream.isTTY);
  return {
    update(text: (elapsedSeconds: number) => string, force = false) {
      if (!enabled) return;
      const t = Date.now();
      if (!force && t - last < 200) return;
      last = t;
      stream.write(`\r\x1b[K${text(Math.max((t - started) / 1000, 0.001))}`);
    },
    done() {
      if (enabled) stream.write("\r\x1b[K");
    },
    elapsedSeconds: () => (Date.now() - started) / 1000,
  };
}
