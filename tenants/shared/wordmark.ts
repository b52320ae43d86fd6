/** Our own simple wordmarks: text on a rounded badge. No seller's trademark artwork is shipped. */
export function wordmark(label: string, primary: string, accent: string): string {
  const width = 72 + label.length * 15;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} 40" width="${width}" height="40" role="img" aria-hidden="true"><rect x="0" y="4" width="32" height="32" rx="8" fill="${primary}"/><path d="M10 26 L16 12 L22 26" stroke="${accent}" stroke-width="3.5" fill="none" stroke-linecap="round" stroke-linejoin="round"/><text x="42" y="28" font-family="Segoe UI, Roboto, Arial, sans-serif" font-size="20" font-weight="700" fill="${primary}">${label}</text></svg>`;
}

export function favicon(letter: string, primary: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="${primary}"/><text x="16" y="23" text-anchor="middle" font-family="Segoe UI, Roboto, Arial, sans-serif" font-size="20" font-weight="700" fill="#ffffff">${letter}</text></svg>`;
}
