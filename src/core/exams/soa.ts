/**
 * AWS Certified CloudOps Engineer – Associate (SOA-C03), the successor of AWS Certified SysOps Administrator –
 * Associate (SOA-C02), which it replaced on 30 September 2025; the short id "soa" comes from the old name.
 *
 * Exam guide SOA-C03, version 1.x, 2025.
 * Written from the guide's "in-scope AWS services" appendix and its task statements: every service the
 * appendix lists, plus Amazon EC2 Auto Scaling and AWS User Notifications, which the task statements name.
 * Domain numbers mark the domains whose task statements name or clearly test a service. The appendix also
 * lists VPC building blocks (security groups, network ACLs, NAT and internet gateways, VPC endpoints, peering,
 * flow logs, Reachability Analyzer, Elastic IP addresses), service control policies, Aurora Serverless v2 and
 * Savings Plans: features or pricing models, covered here by Amazon VPC, AWS Organizations, Amazon Aurora and
 * the cost tools. Route 53 Resolver DNS Firewall is written as Amazon Route 53 Resolver.
 */

import { examGuide } from "./guide";
import data from "./data/soa.json";

export const SOA = examGuide(data);
