import type { IndustryPack } from "../../types";
import { beauty } from "./beauty";
import { consumerApps } from "./consumer-apps";
import { creativeAgency } from "./creative-agency";
import { ecommerce } from "./ecommerce";
import { education } from "./education";
import { foodService } from "./food-service";
import { generic } from "./generic";
import { healthFitness } from "./health-fitness";
import { homeServices } from "./home-services";
import { industrial } from "./industrial";
import { nonprofit } from "./nonprofit";
import { professionalServices } from "./professional-services";
import { realEstate } from "./real-estate";
import { saas } from "./saas";
import { travelHospitality } from "./travel-hospitality";

export const frIndustries: IndustryPack = {
  "food-service": foodService,
  ecommerce,
  saas,
  "professional-services": professionalServices,
  "health-fitness": healthFitness,
  beauty,
  education,
  "real-estate": realEstate,
  "travel-hospitality": travelHospitality,
  nonprofit,
  industrial,
  "home-services": homeServices,
  "creative-agency": creativeAgency,
  "consumer-apps": consumerApps,
  generic,
};
