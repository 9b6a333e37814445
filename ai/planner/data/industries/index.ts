import type { IndustryData, IndustryPack } from "../../i18n/types";
import { INDUSTRY_IDS, type IndustryId, type IndustryProfile, type Lang } from "../../types";
import { automotive } from "./automotive";
import { beauty } from "./beauty";
import { childcare } from "./childcare";
import { coaching } from "./coaching";
import { construction } from "./construction";
import { consumerApps } from "./consumer-apps";
import { creativeAgency } from "./creative-agency";
import { drinksProducer } from "./drinks-producer";
import { ecommerce } from "./ecommerce";
import { education } from "./education";
import { events } from "./events";
import { farm } from "./farm";
import { fashion } from "./fashion";
import { foodService } from "./food-service";
import { foodTruck } from "./food-truck";
import { generic } from "./generic";
import { healthFitness } from "./health-fitness";
import { healthcare } from "./healthcare";
import { homeServices } from "./home-services";
import { industrial } from "./industrial";
import { movingLogistics } from "./moving-logistics";
import { nonprofit } from "./nonprofit";
import { petServices } from "./pet-services";
import { photography } from "./photography";
import { professionalServices } from "./professional-services";
import { realEstate } from "./real-estate";
import { resale } from "./resale";
import { retailShop } from "./retail-shop";
import { saas } from "./saas";
import { tattooPiercing } from "./tattoo-piercing";
import { travelHospitality } from "./travel-hospitality";

/** The one registry: the compiler checks that every id in INDUSTRY_IDS has its data. */
const DATA: Readonly<Record<IndustryId, IndustryData>> = {
  "pet-services": petServices,
  "tattoo-piercing": tattooPiercing,
  "food-truck": foodTruck,
  photography: photography,
  events: events,
  resale: resale,
  automotive: automotive,
  healthcare: healthcare,
  childcare: childcare,
  "retail-shop": retailShop,
  "drinks-producer": drinksProducer,
  farm: farm,
  construction: construction,
  "moving-logistics": movingLogistics,
  coaching: coaching,
  fashion: fashion,
  "food-service": foodService,
  beauty,
  "health-fitness": healthFitness,
  "home-services": homeServices,
  "travel-hospitality": travelHospitality,
  "real-estate": realEstate,
  education,
  nonprofit,
  "professional-services": professionalServices,
  "creative-agency": creativeAgency,
  "consumer-apps": consumerApps,
  saas,
  ecommerce,
  industrial,
  generic,
};

function byId<T>(pick: (data: IndustryData) => T): Readonly<Record<IndustryId, T>> {
  return Object.fromEntries(INDUSTRY_IDS.map((id) => [id, pick(DATA[id])])) as Record<IndustryId, T>;
}

export const INDUSTRY_BY_ID: Readonly<Record<IndustryId, IndustryProfile>> = byId((data) => data.profile);

/** Profiles detection scores, in INDUSTRY_IDS order; the generic one is the fallback, never a match. */
export const INDUSTRIES: readonly IndustryProfile[] = INDUSTRY_IDS.filter((id) => id !== "generic").map((id) => DATA[id].profile);

export function industryPack(lang: Lang): IndustryPack {
  return byId((data) => data.copy[lang]);
}
