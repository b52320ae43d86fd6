export * from "./customer-data";
export * from "./accounts";
export * from "./tickets";
export * from "./online-payments";
export * from "./platform";
export * from "./document-pdfs";
export * from "./notifications";
