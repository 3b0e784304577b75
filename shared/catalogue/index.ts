/** Seed catalogue: real procedures and the Hà Nội service-point network (demo entries flagged). */
export { procedures, procedureById, procedureByNationalCode, proceduresByField } from './procedures';
export { servicePoints, servicePointById, servicePointByReceivingUnitCode } from './service-points';
