/**
 * AWS Certified Developer – Associate (DVA-C02).
 *
 * Exam guide DVA-C02, version 1.x, 2023 (the exam launched in February 2023; this is the revision whose
 * appendix lists Amazon CodeWhisperer, now Amazon Q Developer, and AWS Private Certificate Authority).
 * Written from the guide's "in-scope AWS services" appendix and its task statements: every service the
 * appendix lists, plus AWS Systems Manager Parameter Store, which the security and deployment task
 * statements name. Domain numbers mark the domains whose task statements name or clearly test a service.
 * Amazon CloudWatch Logs (a CloudWatch feature) is covered by Amazon CloudWatch.
 */

import { examGuide } from "./guide";
import data from "./data/dva.json";

export const DVA = examGuide(data);
