import path from "node:path";
import { Font } from "@react-pdf/renderer";

/**
 * Roboto from full TTF files: react-pdf's built-in Helvetica garbles ą ę ł ś ż ź ć ń ó, and
 * @fontsource woff2 files crash it (docs/toolchain.md §8). The paths stay literal strings under node_modules —
 * a computed path makes Turbopack trace the whole project — and resolve from the working directory,
 * which is the project root under `next start`, vitest and the e2e server alike.
 */
export const PDF_FONT = "Roboto";

let registered = false;

export function registerPdfFonts(): void {
  if (registered) return;
  Font.register({
    family: PDF_FONT,
    fonts: [
      { src: path.join(process.cwd(), "node_modules/@expo-google-fonts/roboto/400Regular/Roboto_400Regular.ttf"), fontWeight: 400 },
      { src: path.join(process.cwd(), "node_modules/@expo-google-fonts/roboto/700Bold/Roboto_700Bold.ttf"), fontWeight: 700 },
    ],
  });
  // Polish words must not be split with a hyphen the reader never wrote.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
