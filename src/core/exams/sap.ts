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

import type { ExamGuide } from "./types";

export const SAP: ExamGuide = {
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
		["Amazon Athena", [2]],
		["AWS Data Exchange", []],
		["AWS Data Pipeline", []],
		["Amazon EMR", [2]],
		["AWS Glue", [2]],
		["Amazon Managed Service for Apache Flink", [2]],
		["Amazon Data Firehose", [2]],
		["Amazon Kinesis Data Streams", [2]],
		["AWS Lake Formation", [2]],
		["Amazon Managed Streaming for Apache Kafka", [2]],
		["Amazon OpenSearch Service", [4]],
		["Amazon QuickSight", [2]],
		["Amazon Redshift", [2]],

		// Application Integration
		["Amazon AppFlow", []],
		["Amazon EventBridge", [1, 4]],
		["Amazon MQ", [4]],
		["Amazon Simple Notification Service", [1, 2, 4]],
		["Amazon Simple Queue Service", [2, 4]],
		["AWS Step Functions", [2, 4]],

		// Blockchain
		["Amazon Managed Blockchain", []],

		// Business Applications
		["Alexa for Business", []],
		["Amazon Simple Email Service", []],
		["Amazon Pinpoint", []],

		// Cost Management
		["AWS Budgets", [1, 2, 3]],
		["AWS Cost and Usage Report", [3]],
		["AWS Cost Explorer", [1, 2, 3]],
		["AWS Pricing Calculator", [1, 2]],

		// Compute
		["AWS Batch", [2]],
		["Amazon Elastic Compute Cloud", [2, 3, 4]],
		["Amazon EC2 Auto Scaling", [2, 3]],
		["AWS Elastic Beanstalk", [4]],
		["AWS Lambda", [2, 4]],
		["Amazon Lightsail", []],
		["AWS Outposts", [1]],
		["AWS Wavelength", [3]],

		// Containers
		["AWS App Runner", [4]],
		["AWS Fargate", [4]],
		["Amazon Elastic Container Registry", [4]],
		["Amazon Elastic Container Service", [1, 4]],
		["Amazon ECS Anywhere", [4]],
		["Amazon Elastic Kubernetes Service", [4]],
		["Amazon EKS Anywhere", [4]],
		["Amazon EKS Distro", []],

		// Databases
		["Amazon Aurora", [2, 4]],
		["Amazon DocumentDB", []],
		["Amazon DynamoDB", [2, 4]],
		["Amazon ElastiCache", [2, 4]],
		["Amazon Keyspaces", []],
		["Amazon Neptune", []],
		["Amazon Relational Database Service", [2, 4]],
		["Amazon Timestream", []],

		// Developer Tools
		["AWS Cloud9", []],
		["AWS CodeArtifact", [2]],
		["AWS CodeBuild", [2, 3]],
		["AWS CodeCommit", [2, 3]],
		["AWS CodeDeploy", [2, 3]],
		["Amazon CodeGuru", [3]],
		["AWS CodePipeline", [2, 3]],
		["AWS CodeStar", []],
		["AWS X-Ray", [3]],
		["AWS Command Line Interface", []],
		["AWS Proton", []],

		// End User Computing
		["Amazon AppStream 2.0", []],
		["Amazon WorkSpaces", []],

		// Front-end Web & Mobile
		["AWS AppSync", [2]],
		["AWS Amplify", []],
		["AWS Device Farm", []],

		// IoT
		["AWS IoT Analytics", []],
		["AWS IoT Core", []],
		["AWS IoT Device Defender", []],
		["AWS IoT Device Management", []],
		["AWS IoT Events", []],
		["AWS IoT Greengrass", []],
		["AWS IoT SiteWise", []],
		["AWS IoT Things Graph", []],
		["AWS IoT 1-Click", []],

		// Machine Learning
		["Amazon Comprehend", []],
		["Amazon Forecast", []],
		["Amazon Fraud Detector", []],
		["Amazon Kendra", []],
		["Amazon Lex", []],
		["Amazon Personalize", []],
		["Amazon Polly", []],
		["Amazon Rekognition", []],
		["Amazon SageMaker", []],
		["Amazon Textract", []],
		["Amazon Transcribe", []],
		["Amazon Translate", []],

		// Management & Governance
		["AWS Auto Scaling", [2, 3]],
		["AWS CloudFormation", [2, 3]],
		["AWS CloudTrail", [1, 3]],
		["Amazon CloudWatch", [1, 2, 3]],
		["AWS Compute Optimizer", [1, 3]],
		["AWS Config", [3]],
		["AWS Control Tower", [1, 4]],
		["AWS Health Dashboard", []],
		["AWS License Manager", []],
		["Amazon Managed Grafana", []],
		["Amazon Managed Service for Prometheus", []],
		["AWS Management Console", []],
		["AWS Organizations", [1, 4]],
		["AWS Service Catalog", [1]],
		["Service Quotas", [2, 3]],
		["AWS Systems Manager", [2, 3]],
		["AWS Trusted Advisor", [1, 2, 3]],
		["AWS Well-Architected Tool", []],

		// Media Services
		["Amazon Elastic Transcoder", []],
		["Amazon Kinesis Video Streams", []],

		// Migration & Transfer
		["AWS Application Discovery Service", [4]],
		["AWS Application Migration Service", [4]],
		["AWS Database Migration Service", [4]],
		["AWS DataSync", [4]],
		["AWS Migration Hub", [4]],
		["AWS Schema Conversion Tool", [4]],
		["AWS Snow Family", [4]],
		["AWS Transfer Family", [4]],

		// Networking & Content Delivery
		["Amazon API Gateway", [2]],
		["Amazon CloudFront", [3]],
		["AWS Direct Connect", [1, 4]],
		["Elastic Load Balancing", [3]],
		["AWS Global Accelerator", [3]],
		["AWS PrivateLink", [1, 2]],
		["Amazon Route 53", [1, 2, 4]],
		["Amazon Route 53 Resolver", [1]],
		["AWS Transit Gateway", [1]],
		["Amazon Virtual Private Cloud", [1, 2]],
		["AWS VPN", [1]],
		["AWS Site-to-Site VPN", [4]],

		// Security, Identity & Compliance
		["AWS Artifact", []],
		["AWS Audit Manager", []],
		["AWS Certificate Manager", [1]],
		["AWS CloudHSM", []],
		["Amazon Cognito", []],
		["Amazon Detective", []],
		["AWS Directory Service", [4]],
		["AWS Firewall Manager", []],
		["Amazon GuardDuty", [2]],
		["AWS IAM Identity Center", [1, 4]],
		["AWS Identity and Access Management", [1, 2]],
		["AWS IAM Access Analyzer", [1]],
		["Amazon Inspector", [1]],
		["AWS Key Management Service", [1]],
		["Amazon Macie", []],
		["AWS Network Firewall", []],
		["AWS Resource Access Manager", [1]],
		["AWS Secrets Manager", [3]],
		["AWS Security Hub", [1, 2]],
		["AWS Security Token Service", []],
		["AWS Shield", [2]],
		["AWS WAF", [2]],

		// Storage
		["AWS Backup", [1, 2, 3]],
		["Amazon Elastic Block Store", [4]],
		["AWS Elastic Disaster Recovery", [1, 2]],
		["Amazon Elastic File System", [4]],
		["Amazon FSx", [4]],
		["Amazon FSx for Windows File Server", [4]],
		["Amazon FSx for Lustre", [4]],
		["Amazon FSx for NetApp ONTAP", [4]],
		["Amazon FSx for OpenZFS", [4]],
		["Amazon Simple Storage Service", [1, 2, 4]],
		["Amazon S3 Glacier", [2]],
		["AWS Storage Gateway", [4]],
	],
};
