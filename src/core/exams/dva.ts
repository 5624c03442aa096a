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

export const DVA = examGuide({
	id: "dva",
	name: "AWS Certified Developer – Associate",
	code: "DVA-C02",
	domains: [
		{ number: 1, name: "Development with AWS Services", weight: 32 },
		{ number: 2, name: "Security", weight: 26 },
		{ number: 3, name: "Deployment", weight: 24 },
		{ number: 4, name: "Troubleshooting and Optimization", weight: 18 },
	],
	services: [
		// Analytics
		"Athena",
		"Kinesis|1",
		"OpenSearch Service",

		// Front-end Web & Mobile
		"AppSync|1",
		"Amplify|3",

		// Application Integration
		"EventBridge|1",
		"SNS|1,4",
		"Simple Queue Service|1,4",
		"Step Functions|1",

		// Compute
		"EC2",
		"Elastic Beanstalk|3",
		"Lambda|1,2,3,4",

		// Containers
		"AWS Copilot|3",
		"ECR|3",
		"ECS|3",
		"EKS",

		// Databases
		"Aurora|1",
		"DynamoDB|1,4",
		"ElastiCache|1,4",
		"MemoryDB|1",
		"RDS|1",

		// Developer Tools
		"SAM|1,3",
		"Cloud9",
		"CloudShell",
		"CodeArtifact|3",
		"CodeBuild|3",
		"CodeCommit|3",
		"CodeDeploy|3",
		"CodeGuru|4",
		"CodePipeline|3",
		"CodeStar",
		"X-Ray|4",
		"CDK|3",
		"CLI|2",

		// Machine Learning
		"Q Developer",

		// Management & Governance
		"AppConfig|3",
		"CloudFormation|3",
		"CloudTrail",
		"CloudWatch|4",
		"Systems Manager|2,3",
		"Systems Manager Parameter Store|2,3",

		// Networking & Content Delivery
		"API Gateway|1,3,4",
		"CloudFront|4",
		"ELB",
		"Route 53",
		"VPC|1",

		// Security, Identity & Compliance
		"Certificate Manager|2",
		"Private Certificate Authority|2",
		"Cognito|2",
		"IAM|2",
		"KMS|2",
		"Secrets Manager|2,3",
		"STS|2",
		"WAF",

		// Storage
		"Elastic Block Store",
		"Elastic File System|1",
		"S3|1,2,3",
		"S3 Glacier|1",
	],
});
