/**
 * Entry for the Genkit Developer UI (`npm run genkit:ui`): builds the one Genkit instance and defines
 * the flows up front (the app defines them on first use), so the UI lists flows, the built-in model
 * and the plan-quality evaluators. Not imported by the app.
 */
import { generateMarketingPlanFlow } from "./flows/generate-marketing-plan";
import { regenerateSectionFlow } from "./flows/regenerate-section";
import { getAi } from "./genkit";

getAi();
generateMarketingPlanFlow();
regenerateSectionFlow();
console.log("Genkit runtime ready: flows generateMarketingPlan and regenerateSection, evaluators marketplan/*");
