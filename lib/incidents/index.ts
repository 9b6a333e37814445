/** Incidents (manual 5.1 to 5.3): open, acknowledge, update, resolve; targets, MTTA/MTTR; the communication template. */
export { communicationOf, type IncidentCommunication } from "./communication";
export { renderEmail, renderSlack, renderStatusPage } from "./render";
export { responseTimesBySeverity, type SeverityResponseTimes } from "./response-times";
export {
  acknowledgeIncident,
  getIncidentById,
  openIncident,
  resolveIncident,
  type ServiceOptions,
  updateIncident,
} from "./service";
export { SEVERITIES } from "./severity";
export { incidentTargets } from "./targets";
