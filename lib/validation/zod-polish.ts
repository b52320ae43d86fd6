import { z } from "zod";

/**
 * zod's own messages in Polish, for the checks that carry no message of their own (a field missing
 * from a hand-made request, a value of the wrong type). Forms still give each field its own wording;
 * this is the fallback, so no English library default reaches a person. zod keeps this setting on
 * globalThis, so one import anywhere in the server process covers every bundle.
 */
z.config(z.locales.pl());
