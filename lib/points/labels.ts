export const pointKindLabels = { electricity: "energia elektryczna", heat: "ciepło", gas: "gaz" } as const;

/** What the point's code is called: PPE for electricity and gas, "numer punktu" for heat. */
export const pointCodeLabels = { electricity: "Kod PPE", heat: "Numer punktu", gas: "Kod PPG" } as const;
