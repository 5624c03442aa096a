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

export const SOA = examGuide({
	id: "soa",
	name: "AWS Certified CloudOps Engineer – Associate",
	code: "SOA-C03",
	domains: [
		{ number: 1, name: "Monitoring, Logging, Analysis, Remediation, and Performance Optimization", weight: 22 },
		{ number: 2, name: "Reliability and Business Continuity", weight: 22 },
		{ number: 3, name: "Deployment, Provisioning, and Automation", weight: 22 },
		{ number: 4, name: "Security and Compliance", weight: 16 },
		{ number: 5, name: "Networking and Content Delivery", weight: 18 },
	],
	services: [
		// Analytics
		"Athena|1",
		"Data Firehose|1",

		// Application Integration
		"EventBridge|1,3",
		"SNS|1",
		"Simple Queue Service|2",
		"Step Functions|3",

		// Business Applications
		"Simple Email Service",

		// Cost Management
		"CUR|1",
		"Cost Explorer|1",

		// Compute
		"EC2|1,2,3",
		"EC2 Image Builder|3",
		"Lambda|1,3",
		"EC2 Auto Scaling|1,2",

		// Containers
		"ECR|3",
		"ECS|1,3",
		"EKS|1,3",

		// Databases
		"Aurora|2",
		"DynamoDB|2",
		"DynamoDB Accelerator|2",
		"ElastiCache|2",
		"RDS|1,2",
		"RDS Proxy|1",

		// Developer Tools
		"X-Ray|1",
		"CDK|3",

		// Management & Governance
		"AWS Auto Scaling|1,2",
		"CloudFormation|3",
		"CloudTrail|1,4",
		"CloudWatch|1,5",
		"Compute Optimizer|1",
		"AWS Config|4",
		"Control Tower|4",
		"Managed Grafana|1",
		"AMP|1",
		"Organizations|4",
		"Service Catalog|3",
		"Systems Manager|1,3",
		"Trusted Advisor|4",
		"AWS User Notifications|1",

		// Migration & Transfer
		"DataSync|1",

		// Networking & Content Delivery
		"IPAM|5",
		"ARC|2",
		"Client VPN|5",
		"CloudFront|2,5",
		"Global Accelerator|5",
		"PrivateLink|5",
		"Route 53|2,5",
		"Route 53 Resolver|5",
		"Site-to-Site VPN|5",
		"Transit Gateway|5",
		"VPC|5",
		"ELB|2,5",

		// Security, Identity & Compliance
		"RAM|3",
		"Certificate Manager|4",
		"GuardDuty|4",
		"IAM Access Analyzer|4",
		"IAM Identity Center|4",
		"IAM|4",
		"Inspector|4",
		"KMS|4",
		"Macie|4",
		"Network Firewall|5",
		"Secrets Manager|4",
		"Security Hub|4",
		"Shield|5",
		"WAF|5",

		// Storage
		"AWS Backup|2",
		"Elastic Block Store|1,2",
		"Elastic File System|1",
		"FSx|1,2",
		"S3|1,2,3",
		"Storage Gateway",
	],
});
