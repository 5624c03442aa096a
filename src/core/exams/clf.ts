/**
 * AWS Certified Cloud Practitioner (CLF-C02).
 *
 * Exam guide CLF-C02, version 1.0, 2023 (the exam replaced CLF-C01 in September 2023).
 * Written from the guide's "in-scope AWS services" appendix and its task statements: every service the
 * appendix lists, plus AWS Pricing Calculator, which the billing task statements name. Domain numbers mark
 * the domains whose task statements name or clearly test a service; most of the catalogue lives in
 * Domain 3 (Cloud Technology and Services). Pricing models (Savings Plans, Reserved Instances) and
 * features the appendix lists inside a service are left out, as are concepts such as Regions.
 */

import { examGuide } from "./guide";
import data from "./data/clf.json";

export const CLF = examGuide(data);
