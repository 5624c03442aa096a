/**
 * AWS Certified Solutions Architect – Professional (SAP-C02).
 *
 * Exam guide SAP-C02, version 1.0, 2022 (the exam launched in November 2022).
 * Written from the guide's "in-scope AWS services" appendix and its task statements: every service the
 * appendix lists, by today's catalog names (Kinesis Data Analytics is Amazon Managed Service for Apache
 * Flink, Kinesis Data Firehose is Amazon Data Firehose), with "Amazon FSx (for all types)" written out as
 * its four file systems, plus the services the task statements name outside it (AWS Pricing Calculator,
 * AWS IAM Access Analyzer, Amazon Route 53 Resolver, AWS Site-to-Site VPN). Domain numbers mark the domains
 * whose task statements name or clearly test a service; an empty list is a service the appendix lists
 * without a task singling it out. Alexa for Business, AWS IoT Things Graph and AWS IoT 1-Click have since
 * been retired but are still in the appendix. Savings Plans (a pricing model), Amazon Aurora Serverless and
 * Amazon CloudWatch Logs (features) are covered by their entries.
 */

import { examGuide } from "./guide";

export const SAP = examGuide({
	id: "sap",
	name: "AWS Certified Solutions Architect – Professional",
	code: "SAP-C02",
	domains: [
		{ number: 1, name: "Design Solutions for Organizational Complexity", weight: 26 },
		{ number: 2, name: "Design for New Solutions", weight: 29 },
		{ number: 3, name: "Continuous Improvement for Existing Solutions", weight: 25 },
		{ number: 4, name: "Accelerate Workload Migration and Modernization", weight: 20 },
	],
	services: [
		// Analytics
		"Athena|2",
		"Data Exchange",
		"AWS Data Pipeline",
		"EMR|2",
		"Glue|2",
		"Managed Service for Apache Flink|2",
		"Data Firehose|2",
		"Kinesis Data Streams|2",
		"Lake Formation|2",
		"MSK|2",
		"OpenSearch Service|4",
		"QuickSight|2",
		"Redshift|2",

		// Application Integration
		"AppFlow",
		"EventBridge|1,4",
		"MQ|4",
		"SNS|1,2,4",
		"Simple Queue Service|2,4",
		"Step Functions|2,4",

		// Blockchain
		"Managed Blockchain",

		// Business Applications
		"Alexa for Business",
		"Simple Email Service",
		"Pinpoint",

		// Cost Management
		"Budgets|1,2,3",
		"CUR|3",
		"Cost Explorer|1,2,3",
		"Pricing Calculator|1,2",

		// Compute
		"AWS Batch|2",
		"EC2|2,3,4",
		"EC2 Auto Scaling|2,3",
		"Elastic Beanstalk|4",
		"Lambda|2,4",
		"Lightsail",
		"Outposts|1",
		"Wavelength|3",

		// Containers
		"App Runner|4",
		"Fargate|4",
		"ECR|4",
		"ECS|1,4",
		"ECS Anywhere|4",
		"EKS|4",
		"EKS Anywhere|4",
		"EKS Distro",

		// Databases
		"Aurora|2,4",
		"DocumentDB",
		"DynamoDB|2,4",
		"ElastiCache|2,4",
		"Keyspaces",
		"Neptune",
		"RDS|2,4",
		"Timestream",

		// Developer Tools
		"Cloud9",
		"CodeArtifact|2",
		"CodeBuild|2,3",
		"CodeCommit|2,3",
		"CodeDeploy|2,3",
		"CodeGuru|3",
		"CodePipeline|2,3",
		"CodeStar",
		"X-Ray|3",
		"CLI",
		"Proton",

		// End User Computing
		"AppStream 2.0",
		"WorkSpaces",

		// Front-end Web & Mobile
		"AppSync|2",
		"Amplify",
		"Device Farm",

		// IoT
		"IoT Analytics",
		"IoT Core",
		"IoT Device Defender",
		"IoT Device Management",
		"IoT Events",
		"IoT Greengrass",
		"IoT SiteWise",
		"IoT Things Graph",
		"IoT 1-Click",

		// Machine Learning
		"Comprehend",
		"Amazon Forecast",
		"Fraud Detector",
		"Kendra",
		"Lex",
		"Amazon Personalize",
		"Polly",
		"Rekognition",
		"SageMaker",
		"Textract",
		"Transcribe",
		"Amazon Translate",

		// Management & Governance
		"AWS Auto Scaling|2,3",
		"CloudFormation|2,3",
		"CloudTrail|1,3",
		"CloudWatch|1,2,3",
		"Compute Optimizer|1,3",
		"AWS Config|3",
		"Control Tower|1,4",
		"Health Dashboard",
		"License Manager",
		"Managed Grafana",
		"AMP",
		"Management Console",
		"Organizations|1,4",
		"Service Catalog|1",
		"Service Quotas|2,3",
		"Systems Manager|2,3",
		"Trusted Advisor|1,2,3",
		"Well-Architected Tool",

		// Media Services
		"Elastic Transcoder",
		"KVS",

		// Migration & Transfer
		"ADS|4",
		"MGN|4",
		"DMS|4",
		"DataSync|4",
		"Migration Hub|4",
		"SCT|4",
		"Snow Family|4",
		"Transfer Family|4",

		// Networking & Content Delivery
		"API Gateway|2",
		"CloudFront|3",
		"Direct Connect|1,4",
		"ELB|3",
		"Global Accelerator|3",
		"PrivateLink|1,2",
		"Route 53|1,2,4",
		"Route 53 Resolver|1",
		"Transit Gateway|1",
		"VPC|1,2",
		"AWS VPN|1",
		"Site-to-Site VPN|4",

		// Security, Identity & Compliance
		"AWS Artifact",
		"Audit Manager",
		"Certificate Manager|1",
		"CloudHSM",
		"Cognito",
		"Detective",
		"Directory Service|4",
		"Firewall Manager",
		"GuardDuty|2",
		"IAM Identity Center|1,4",
		"IAM|1,2",
		"IAM Access Analyzer|1",
		"Inspector|1",
		"KMS|1",
		"Macie",
		"Network Firewall",
		"RAM|1",
		"Secrets Manager|3",
		"Security Hub|1,2",
		"STS",
		"Shield|2",
		"WAF|2",

		// Storage
		"AWS Backup|1,2,3",
		"Elastic Block Store|4",
		"DRS|1,2",
		"Elastic File System|4",
		"FSx|4",
		"FSx for Windows File Server|4",
		"FSx for Lustre|4",
		"FSx for NetApp ONTAP|4",
		"FSx for OpenZFS|4",
		"S3|1,2,4",
		"S3 Glacier|2",
		"Storage Gateway|4",
	],
});
