import { initialFormValues, type PlanFormValues } from "./form-values";

export interface ExampleBusiness {
  id: string;
  /** The button's text: what kind of business it is. */
  label: string;
  /** One line under the label: what the business does. */
  summary: string;
  values: PlanFormValues;
}

/** Three deliberately different starting points: a local shop, a B2B software company and a charity. */
export const EXAMPLE_BUSINESSES: readonly ExampleBusiness[] = [
  {
    id: "bakery",
    label: "Local bakery",
    summary: "A neighbourhood sourdough bakery selling to commuters and cafés.",
    values: {
      ...initialFormValues,
      businessName: "Crumb & Crust",
      businessDescription:
        "Crumb & Crust is a family-run sourdough bakery next to Headingley station in Leeds. We bake bread, " +
        "pastries and sandwiches every morning, sell over the counter to commuters from 6:30, and deliver " +
        "wholesale to eight independent cafés. We want weekday pre-orders through our website and two more café accounts.",
      industry: "Bakery and café wholesale",
      targetAudience: "Commuters aged 25-45 and owners of independent cafés in north Leeds",
      region: "Leeds, UK",
      budgetAmount: "1200",
      budgetCurrency: "GBP",
      goals: "150 weekday pre-orders a week\nTwo new wholesale café accounts\nGrow Instagram to 3,000 local followers",
      timeframeMonths: "6",
      tone: "Warm, neighbourly",
      language: "en",
    },
  },
  {
    id: "saas",
    label: "B2B SaaS",
    summary: "Scheduling software for physiotherapy clinics, sold by subscription.",
    values: {
      ...initialFormValues,
      businessName: "ClinicFlow",
      businessDescription:
        "ClinicFlow is a cloud booking and scheduling tool for physiotherapy and sports-injury clinics with 2 to 20 " +
        "practitioners. It handles online booking, reminders that cut no-shows, and insurer invoicing. We sell monthly " +
        "subscriptions from $79 per practitioner, mostly through a 14-day free trial, and have 140 paying clinics.",
      industry: "B2B software (SaaS) for healthcare clinics",
      targetAudience: "Clinic owners and practice managers of independent physiotherapy clinics",
      region: "United States and Canada, sold online",
      budgetAmount: "15000",
      budgetCurrency: "USD",
      goals: "Double trial sign-ups to 400 a month\nRaise trial-to-paid conversion from 18% to 25%\nReach 250 paying clinics",
      timeframeMonths: "12",
      tone: "Clear, expert, reassuring",
      language: "en",
    },
  },
  {
    id: "nonprofit",
    label: "Nonprofit",
    summary: "A community food bank that needs volunteers and regular donors.",
    values: {
      ...initialFormValues,
      businessName: "Riverside Community Pantry",
      businessDescription:
        "Riverside Community Pantry is a volunteer-run food bank in Bristol that gives weekly grocery parcels to around " +
        "300 households and runs a free cooking class on Saturdays. We depend on individual donations and local " +
        "supermarkets. We need more regular monthly donors and weekday volunteers, and more people who need help to know we exist.",
      industry: "Nonprofit, food security",
      targetAudience: "Local residents who can give monthly, retirees and students who can volunteer, families in need",
      region: "Bristol, UK",
      budgetAmount: "400",
      budgetCurrency: "GBP",
      goals: "100 new monthly donors\n40 new weekday volunteers\nReach 50 more households a week",
      timeframeMonths: "9",
      tone: "Hopeful, respectful, plain-spoken",
      language: "en",
    },
  },
];
