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

import type { ExamGuide } from "./types";

export const SOA: ExamGuide = {
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
		["Amazon Athena", [1]],
		["Amazon Data Firehose", [1]],

		// Application Integration
		["Amazon EventBridge", [1, 3]],
		["Amazon Simple Notification Service", [1]],
		["Amazon Simple Queue Service", [2]],
		["AWS Step Functions", [3]],

		// Business Applications
		["Amazon Simple Email Service", []],

		// Cost Management
		["AWS Cost and Usage Report", [1]],
		["AWS Cost Explorer", [1]],

		// Compute
		["Amazon Elastic Compute Cloud", [1, 2, 3]],
		["EC2 Image Builder", [3]],
		["AWS Lambda", [1, 3]],
		["Amazon EC2 Auto Scaling", [1, 2]],

		// Containers
		["Amazon Elastic Container Registry", [3]],
		["Amazon Elastic Container Service", [1, 3]],
		["Amazon Elastic Kubernetes Service", [1, 3]],

		// Databases
		["Amazon Aurora", [2]],
		["Amazon DynamoDB", [2]],
		["Amazon DynamoDB Accelerator", [2]],
		["Amazon ElastiCache", [2]],
		["Amazon Relational Database Service", [1, 2]],
		["Amazon RDS Proxy", [1]],

		// Developer Tools
		["AWS X-Ray", [1]],
		["AWS Cloud Development Kit", [3]],

		// Management & Governance
		["AWS Auto Scaling", [1, 2]],
		["AWS CloudFormation", [3]],
		["AWS CloudTrail", [1, 4]],
		["Amazon CloudWatch", [1, 5]],
		["AWS Compute Optimizer", [1]],
		["AWS Config", [4]],
		["AWS Control Tower", [4]],
		["Amazon Managed Grafana", [1]],
		["Amazon Managed Service for Prometheus", [1]],
		["AWS Organizations", [4]],
		["AWS Service Catalog", [3]],
		["AWS Systems Manager", [1, 3]],
		["AWS Trusted Advisor", [4]],
		["AWS User Notifications", [1]],

		// Migration & Transfer
		["AWS DataSync", [1]],

		// Networking & Content Delivery
		["Amazon VPC IP Address Manager", [5]],
		["Amazon Application Recovery Controller", [2]],
		["AWS Client VPN", [5]],
		["Amazon CloudFront", [2, 5]],
		["AWS Global Accelerator", [5]],
		["AWS PrivateLink", [5]],
		["Amazon Route 53", [2, 5]],
		["Amazon Route 53 Resolver", [5]],
		["AWS Site-to-Site VPN", [5]],
		["AWS Transit Gateway", [5]],
		["Amazon Virtual Private Cloud", [5]],
		["Elastic Load Balancing", [2, 5]],

		// Security, Identity & Compliance
		["AWS Resource Access Manager", [3]],
		["AWS Certificate Manager", [4]],
		["Amazon GuardDuty", [4]],
		["AWS IAM Access Analyzer", [4]],
		["AWS IAM Identity Center", [4]],
		["AWS Identity and Access Management", [4]],
		["Amazon Inspector", [4]],
		["AWS Key Management Service", [4]],
		["Amazon Macie", [4]],
		["AWS Network Firewall", [5]],
		["AWS Secrets Manager", [4]],
		["AWS Security Hub", [4]],
		["AWS Shield", [5]],
		["AWS WAF", [5]],

		// Storage
		["AWS Backup", [2]],
		["Amazon Elastic Block Store", [1, 2]],
		["Amazon Elastic File System", [1]],
		["Amazon FSx", [1, 2]],
		["Amazon Simple Storage Service", [1, 2, 3]],
		["AWS Storage Gateway", []],
	],
};
