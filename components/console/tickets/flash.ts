/** The console's reply form sends its errors back in this cookie (lib/tickets/flash.ts encodes it). */
export const CONSOLE_FLASH_COOKIE = "konsola_zgloszenie";
export const CONSOLE_FLASH_PATH = "/konsola/zgloszenia";
