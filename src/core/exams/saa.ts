/**
 * AWS Certified Solutions Architect – Associate (SAA-C03).
 *
 * Exam guide SAA-C03, version 1.1, 2022 (the exam launched in August 2022).
 * Written from the guide's "in-scope AWS services" appendix and its task statements: every service the
 * appendix lists, with "Amazon FSx (for all types)" written out as its four file systems, plus Amazon RDS
 * Proxy and AWS STS, which the task statements name. Domain numbers mark the domains whose task statements
 * name or clearly test a service; an empty list is a service the appendix lists without a task singling it
 * out. Savings Plans (a pricing model) and Aurora Serverless (an Aurora feature) are covered by their entries.
 */

import { examGuide } from "./guide";

export const SAA = examGuide({
	id: "saa",
	name: "AWS Certified Solutions Architect – Associate",
	code: "SAA-C03",
	domains: [
		{ number: 1, name: "Design Secure Architectures", weight: 30 },
		{ number: 2, name: "Design Resilient Architectures", weight: 26 },
		{ number: 3, name: "Design High-Performing Architectures", weight: 24 },
		{ number: 4, name: "Design Cost-Optimized Architectures", weight: 20 },
	],
	services: [
		// Analytics
		"Athena|3",
		"Data Exchange|3",
		"AWS Data Pipeline|3",
		"EMR|3,4",
		"Glue|3",
		"Kinesis|3",
		"Lake Formation|1,3",
		"MSK|3",
		"OpenSearch Service|3",
		"QuickSight|3",
		"Redshift|3,4",

		// Application Integration
		"AppFlow|3",
		"EventBridge|2",
		"MQ|2",
		"SNS|2,3",
		"Simple Queue Service|2,3",
		"Step Functions|2",

		// Cost Management
		"Budgets|4",
		"CUR|4",
		"Cost Explorer|4",

		// Compute
		"AWS Batch|3",
		"EC2|2,3,4",
		"EC2 Auto Scaling|2,3,4",
		"Elastic Beanstalk|2",
		"Outposts|3",
		"SAR|2",
		"VMware Cloud on AWS",
		"Wavelength|3",
		"Lambda|2,3,4",

		// Containers
		"ECR|2",
		"ECS|2,3",
		"ECS Anywhere",
		"EKS|2,3",
		"EKS Anywhere",
		"EKS Distro",
		"Fargate|2,3,4",

		// Databases
		"Aurora|2,3,4",
		"DocumentDB|3",
		"DynamoDB|2,3,4",
		"ElastiCache|2,3,4",
		"Keyspaces|3",
		"Neptune|3",
		"QLDB|3",
		"RDS|1,2,3,4",
		"RDS Proxy|2,3",

		// Front-end Web & Mobile
		"AppSync|2",
		"Amplify|2",
		"Device Farm",

		// Business Applications
		"Pinpoint",

		// Machine Learning
		"Comprehend|2",
		"Amazon Forecast",
		"Fraud Detector",
		"Kendra",
		"Lex",
		"Polly|2",
		"Rekognition",
		"SageMaker",
		"Textract",
		"Transcribe",
		"Amazon Translate",

		// Developer Tools
		"X-Ray|2",
		"CLI",
		"Proton",

		// Management & Governance
		"AWS Auto Scaling|3",
		"CloudFormation|2",
		"CloudTrail|1",
		"CloudWatch|2,3",
		"Compute Optimizer|4",
		"AWS Config|1",
		"Control Tower|1",
		"Health Dashboard|2",
		"License Manager|4",
		"Managed Grafana",
		"AMP",
		"Management Console",
		"Organizations|1,4",
		"Service Catalog",
		"Systems Manager|1",
		"Trusted Advisor|4",
		"Well-Architected Tool",

		// Media Services
		"Elastic Transcoder",
		"KVS|3",

		// Migration & Transfer
		"ADS",
		"MGN|2",
		"DMS|3,4",
		"DataSync|3,4",
		"Migration Hub",
		"Snow Family|4",
		"Transfer Family|2,4",

		// Networking & Content Delivery
		"API Gateway|2,3",
		"Client VPN|1",
		"CloudFront|1,2,3,4",
		"Direct Connect|1,3,4",
		"ELB|2,3",
		"Global Accelerator|2,3",
		"PrivateLink|1,3",
		"Route 53|2,3",
		"Site-to-Site VPN|1,3,4",
		"Transit Gateway|3,4",
		"VPC|1,3,4",

		// Security, Identity & Compliance
		"AWS Artifact|1",
		"Audit Manager|1",
		"Certificate Manager|1",
		"CloudHSM|1",
		"Cognito|1",
		"Detective|1",
		"Directory Service|1",
		"Firewall Manager|1",
		"GuardDuty|1",
		"IAM Identity Center|1",
		"IAM|1",
		"Inspector|1",
		"KMS|1",
		"Macie|1",
		"Network Firewall|1",
		"RAM|1",
		"Secrets Manager|1,2",
		"Security Hub|1",
		"Shield|1",
		"WAF|1",
		"STS|1",

		// Storage
		"AWS Backup|1,2,4",
		"Elastic Block Store|3,4",
		"Elastic File System|3,4",
		"FSx|3,4",
		"FSx for Windows File Server|3,4",
		"FSx for Lustre|3,4",
		"FSx for NetApp ONTAP|3,4",
		"FSx for OpenZFS|3,4",
		"S3|1,2,3,4",
		"S3 Glacier|4",
		"Storage Gateway|3,4",
	],
});
