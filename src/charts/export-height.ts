import { createContext } from "react";

/** The height an exported image gives its chart, in place of the one the view asks for on the page. */
export const ExportHeight = createContext<number | undefined>(undefined);
