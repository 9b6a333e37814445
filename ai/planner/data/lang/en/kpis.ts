import type { KpiPack } from "../../../i18n/types";

export const enKpis: KpiPack = {
  "google-reviews": {
    name: "Google reviews",
    definition: "Total public reviews on Google, counted on the first of each month",
    unit: "reviews",
  },
  "weekly-transactions": {
    name: "Weekly transactions",
    definition: "Sales receipts per week from the till or POS",
    unit: "transactions/week",
  },
  "repeat-rate": {
    name: "Repeat customer rate",
    definition: "Share of customers this month who also bought in the previous 60 days",
    unit: "%",
  },
  "conversion-rate": { name: "Conversion rate", definition: "Purchases or bookings divided by website sessions", unit: "%" },
  "online-orders": { name: "Online orders", definition: "Orders placed through the website per month", unit: "orders/month" },
  "email-subscribers": { name: "Email subscribers", definition: "Active subscribers on the email list", unit: "subscribers" },
  cac: {
    name: "Customer acquisition cost",
    definition: "Marketing spend divided by new customers in the same month",
    unit: "per customer",
  },
  roas: { name: "Return on ad spend", definition: "Revenue attributed to ads divided by ad spend", unit: "x" },
  "qualified-leads": {
    name: "Qualified leads",
    definition: "Enquiries that match the target customer and have a real need",
    unit: "leads/month",
  },
  "demo-bookings": { name: "Demo bookings", definition: "Product demos booked with qualified prospects", unit: "demos/month" },
  "trial-to-paid": {
    name: "Trial-to-paid conversion",
    definition: "Share of trials or free users that become paying customers",
    unit: "%",
  },
  "monthly-churn": { name: "Monthly churn", definition: "Share of paying customers who cancel in the month", unit: "%" },
  consultations: {
    name: "Consultations booked",
    definition: "First calls or consultations booked with potential clients",
    unit: "consultations/month",
  },
  "referral-share": {
    name: "Share of new customers from referrals",
    definition: "New customers who name a referrer, divided by all new customers",
    unit: "%",
  },
  "new-members": { name: "New members", definition: "New paying memberships started in the month", unit: "members/month" },
  "class-fill-rate": { name: "Class fill rate", definition: "Booked places divided by available places", unit: "%" },
  "rebooking-rate": { name: "Rebooking rate", definition: "Clients who book their next appointment before leaving", unit: "%" },
  appointments: { name: "Appointments", definition: "Completed appointments per month", unit: "appointments/month" },
  enrolments: {
    name: "New enrolments",
    definition: "New students or learners who pay for a course or term",
    unit: "enrolments/month",
  },
  "valuation-requests": {
    name: "Valuation requests",
    definition: "Homeowners requesting a valuation or appraisal",
    unit: "requests/month",
  },
  "direct-booking-share": {
    name: "Direct booking share",
    definition: "Bookings made on the own website or by phone, as a share of all bookings",
    unit: "%",
  },
  "occupancy-rate": { name: "Occupancy rate", definition: "Booked nights or places divided by available ones", unit: "%" },
  "new-donors": { name: "New donors", definition: "People or organisations giving for the first time", unit: "donors/month" },
  "recurring-donors": { name: "Recurring donors", definition: "Active monthly or regular donors", unit: "donors" },
  "quote-requests": {
    name: "Quote requests",
    definition: "Requests for a quote or estimate from potential customers",
    unit: "requests/month",
  },
  "quote-win-rate": { name: "Quote win rate", definition: "Quotes or proposals accepted, divided by quotes sent", unit: "%" },
  "jobs-booked": { name: "Jobs booked", definition: "Confirmed jobs in the calendar per month", unit: "jobs/month" },
  "app-installs": { name: "App installs", definition: "New installs across app stores", unit: "installs/month" },
  "day30-retention": { name: "Day-30 retention", definition: "Share of new users still active 30 days after install", unit: "%" },
  "store-rating": { name: "App store rating", definition: "Average rating across app stores", unit: "stars" },
  "engagement-rate": {
    name: "Social engagement rate",
    definition: "Likes, comments, shares and saves divided by reach",
    unit: "%",
  },
  "website-visitors": {
    name: "Website visitors",
    definition: "Unique visitors to the website per month",
    unit: "visitors/month",
  },
  "social-followers": { name: "Social media followers", definition: "Followers on the main social account", unit: "followers" },
  "monthly-reach": {
    name: "Monthly reach",
    definition: "People reached across social, search and local listings",
    unit: "people/month",
  },
  revenue: {
    name: "Monthly revenue",
    definition: "Revenue in the month compared with the month before the plan started",
    unit: "%",
  },
};
