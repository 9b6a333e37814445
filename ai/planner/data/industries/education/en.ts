import type { IndustryCopy } from "../../../i18n/types";

export const en = {
  label: "education",
  kinds: {
    tutoring: { noun: "tutoring service", a: "a tutoring service", the: "the tutoring service" },
    courses: { noun: "course provider", a: "a course provider", the: "the course provider" },
    school: { noun: "school", a: "a school", the: "the school" },
  },
  customers: "students",
  offer: "lessons and courses",
  team: "Teachers and tutors",
  b2bAngle: "staff training and group courses for employers",
  overview:
    "Education is a trust purchase: parents and learners compare providers on results, reviews and teachers, often for weeks, and peak around exam seasons and the start of terms. Word of mouth and search dominate enrolments.",
  trends: [
    "Families and learners compare online and expect a free trial lesson or consultation",
    "Hybrid and online formats widen the catchment beyond the local area",
    "Enrolment peaks follow the school calendar and exam dates",
  ],
  competitors: [
    {
      name: "Large franchises and chains",
      strengths: "Known names, structured programmes and marketing budgets",
      weaknesses: "Standardised teaching and larger groups",
      edge: "{name} offers personal attention and teachers who adapt to each learner",
    },
    {
      name: "Online platforms and marketplaces",
      strengths: "Huge choice of teachers and low prices",
      weaknesses: "Variable quality and no continuity",
      edge: "Consistent, qualified teachers and visible progress over time",
    },
    {
      name: "Free content and self-study",
      strengths: "Free and available any time",
      weaknesses: "No structure, feedback or accountability",
      edge: "Structure, feedback and someone who keeps the learner on track",
    },
  ],
  swot: {
    strengths: ["Qualified teachers with real results", "Personal relationships with learners and families"],
    weaknesses: ["Capacity limited by teacher hours", "Seasonal enrolment peaks and quiet months"],
    opportunities: [
      "Free trial lessons and assessments that convert well",
      "Partnerships with schools, employers and community groups",
      "Online or group formats that add capacity",
    ],
    threats: ["Low-cost online platforms", "Changes to exams or curricula"],
  },
  segments: [
    {
      name: "Parents of school-age learners",
      description: "Parents looking for support before exams or to build confidence",
      needs: ["Qualified, trustworthy teachers", "Visible progress and feedback"],
    },
    {
      name: "Adult learners",
      description: "Adults learning for a career change, a promotion or personal interest",
      needs: ["Flexible times or online options", "A clear outcome or certificate"],
    },
    {
      name: "Schools and employers",
      description: "Organisations buying group classes or training",
      needs: ["Reliable delivery and reporting", "Clear pricing per group"],
    },
  ],
  personas: [
    {
      name: "Laura, the supportive parent",
      summary: "Wants her child to gain confidence and do well in upcoming exams.",
      demographics: "35-50, parent of a 10-17 year old, lives nearby",
      goals: ["Better grades and confidence for her child", "A teacher she can trust"],
      painPoints: ["Not knowing whether tutoring is working", "Scheduling around school and activities"],
      objections: ["Is it worth the cost?", "Will my child get on with the teacher?"],
      quote: "I just want to see my child enjoy learning again and feel ready for the exams.",
    },
    {
      name: "Omar, the career changer",
      summary: "Learns in the evenings to change career and needs a clear path to a result.",
      demographics: "25-45, working professional, learns online or after work",
      goals: ["Gain a skill or certificate that employers value", "Fit learning around work"],
      painPoints: ["Courses that are too theoretical", "Losing momentum"],
      objections: ["Can I fit it in?", "Will it lead to a better job?"],
      quote: "Show me where I'll be in six months and I'll commit.",
    },
  ],
  positioning: {
    need: "want real progress with a teacher who cares",
    benefit: "turns {offer} into measurable progress and confidence",
    reason: "every learner gets a qualified teacher, a plan and regular feedback",
    promise: "Qualified teachers, a clear plan and progress you can see.",
  },
  messages: ["Book a free trial lesson", "Qualified teachers, personal plans", "Progress you can see, every month"],
  mix: {
    product: "{offer}, organised as programmes with a starting assessment, clear goals and progress reports.",
    price: "Termly or monthly packages with a free trial; group options at a lower price point; sibling or referral discounts.",
    place: "In person {inRegion} and online, with online booking for trial lessons.",
    people: "Qualified teachers with profiles, credentials and a consistent teacher for each learner.",
    process: "Free trial or assessment, written plan, regular progress reports and a review before each new term.",
    physicalEvidence: "Results and testimonials with consent, teacher credentials, a clean learning space and clear materials.",
  },
  risks: [
    {
      risk: "Enrolments concentrate in a few peak weeks and capacity runs out",
      mitigation: "Open early-bird enrolment before each peak and keep a waiting list",
      contingency: "Add group sessions or online slots to absorb demand",
    },
    {
      risk: "Learners drop out when progress stalls",
      mitigation: "Share progress reports every month and celebrate milestones",
      contingency: "Offer a free review session and adjust the plan",
    },
  ],
  topics: [
    "Meet our teachers and how they teach",
    "Study tips for the next exam season",
    "Learner success story (with consent)",
    "Free trial lesson: how to book",
    "Progress report and plan for next term",
    "Refer a friend and both get a free lesson",
  ],
  questions: [
    "How many learners do you teach today, and how many more can you take?",
    "When are your enrolment peaks, and what does a learner pay per term or course?",
  ],
} satisfies IndustryCopy;
