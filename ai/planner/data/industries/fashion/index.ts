import type { IndustryData } from "../../../i18n/types";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { profile } from "./profile";

export const fashion: IndustryData = { profile, copy: { en, es, fr, de } };
