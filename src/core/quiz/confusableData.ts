/**
 * Groups of AWS services that AWS certification exams commonly set against each other, because they do
 * similar or adjacent jobs ("which service investigates a GuardDuty finding?": Detective, not Inspector,
 * Macie or Security Hub). Public facts about AWS, written for this plugin.
 *
 * Used for wrong answers: when a question's answer is a service, wrong answers for that service key are
 * taken from the services it shares a group with first, and only then from the rest of its catalog
 * category, so the learner faces the choices the exams actually offer.
 *
 * Rules the tests keep:
 * - every name is one the catalog resolves to the service: its official name, that name without
 *   "Amazon"/"AWS" ("GuardDuty"), or its abbreviation ("STS"); a service the catalog lacks is left out,
 *   never spelled another way;
 * - a group has 3–7 services, none twice, and no two groups are the same;
 * - a service may be in several groups (SQS is messaging; DynamoDB is both NoSQL and "RDS or DynamoDB?");
 * - a group never holds a service and its own feature or family ("Amazon Kinesis" next to Kinesis Data
 *   Streams, "AWS VPN" next to Site-to-Site VPN, "Amazon SageMaker" next to SageMaker Canvas): one
 *   would be a second right answer for the other.
 */
export const CONFUSABLE_GROUPS: readonly (readonly string[])[] = [
	// --- Security, identity and compliance ---
	// Threat detection, vulnerability scanning, sensitive data, investigation, findings
	["GuardDuty", "Inspector", "Macie", "Detective", "Security Hub"],
	// Where security findings and security data are gathered and investigated
	["Security Hub", "Security Lake", "Detective", "AWS Security Incident Response"],
	// Compliance reports, audit evidence and compliance checks
	["AWS Artifact", "Audit Manager", "AWS Config", "Security Hub"],
	// Who did what (API calls), how resources are configured, how they perform
	["CloudTrail", "AWS Config", "CloudWatch"],
	// Finding resources open to the public or to other accounts
	["IAM Access Analyzer", "Trusted Advisor", "Macie", "AWS Config"],
	// Identities: AWS users and roles, workforce sign-in, app users, Active Directory, temporary credentials
	["IAM", "IAM Identity Center", "Cognito", "Directory Service", "STS"],
	// Getting temporary AWS credentials
	["STS", "IAM Roles Anywhere", "IAM Identity Center", "Cognito"],
	// Secrets, parameters, keys and certificates
	["Secrets Manager", "Systems Manager Parameter Store", "KMS", "CloudHSM", "Certificate Manager"],
	// Certificates and signing
	["Certificate Manager", "Private Certificate Authority", "AWS Signer"],
	// DDoS, web exploits and network filtering
	["Shield", "WAF", "Firewall Manager", "Network Firewall"],

	// --- Cost management and advice ---
	// Cost and optimization advice
	["Trusted Advisor", "Compute Optimizer", "Cost Explorer", "Budgets", "Cost Optimization Hub"],
	// Seeing, forecasting, alerting on and estimating spend
	["Cost Explorer", "Budgets", "CUR", "Pricing Calculator", "Cost Anomaly Detection", "Billing and Cost Management"],
	// Account checks, limits, service events and architecture reviews
	["Trusted Advisor", "Health Dashboard", "Well-Architected Tool", "Service Quotas"],

	// --- Management, governance and operations ---
	// Multi-account governance and sharing
	["Organizations", "Control Tower", "Service Catalog", "RAM"],
	// Approved products and templates to launch
	["Service Catalog", "Proton", "AWS Marketplace", "SAR"],
	// Metrics, logs, traces and dashboards
	["CloudWatch", "X-Ray", "AMP", "Managed Grafana", "ADOT"],
	// Code reviews, profiling and operational insights
	["CodeGuru", "DevOps Guru", "Q Developer", "X-Ray"],
	// Application configuration and feature flags
	["AppConfig", "AWS Config", "Systems Manager Parameter Store", "Secrets Manager"],
	// Patching, configuring and imaging servers
	["Systems Manager", "OpsWorks", "EC2 Image Builder", "AWS Config"],
	// Ways to reach AWS: browser, shell, command line, IDE
	["Management Console", "CloudShell", "CLI", "Cloud9"],
	// Resilience assessment, fault injection, recovery readiness
	["Resilience Hub", "FIS", "ARC", "DRS"],

	// --- Developer tools and deployment ---
	// CI/CD building blocks
	["CodeCommit", "CodeBuild", "CodeDeploy", "CodePipeline", "CodeCatalyst"],
	// Deploying and provisioning applications
	["CodeDeploy", "CloudFormation", "Elastic Beanstalk", "OpsWorks"],
	// Infrastructure as code
	["CloudFormation", "CDK", "SAM", "Infrastructure Composer"],
	// Where images, packages, code and serverless apps are stored
	["ECR", "CodeArtifact", "CodeCommit", "SAR"],

	// --- Application integration ---
	// Messaging, events and streams
	["Simple Queue Service", "SNS", "EventBridge", "MQ", "Kinesis Data Streams"],
	// Notifications, email, SMS and campaigns
	["SNS", "Simple Email Service", "Pinpoint", "End User Messaging"],
	// Workflow orchestration and scheduling
	["Step Functions", "SWF", "MWAA", "EventBridge", "AWS Data Pipeline"],
	// API front doors
	["API Gateway", "AppSync", "ELB"],

	// --- Compute and containers ---
	// Where code runs
	["EC2", "Lambda", "Fargate", "Lightsail", "AWS Batch"],
	// Running containers and managed application platforms
	["ECS", "EKS", "Fargate", "App Runner", "Elastic Beanstalk", "Lambda"],
	// Simple hosting of web apps
	["Amplify", "Elastic Beanstalk", "App Runner", "Lightsail"],
	// Containers on premises
	["ECS Anywhere", "EKS Anywhere", "EKS Distro", "Outposts"],
	// AWS compute near users, on premises or at the edge
	["Outposts", "Local Zones", "Wavelength", "Snowball Edge"],
	// Batch and high-performance computing
	["AWS Batch", "ParallelCluster", "PCS"],
	// Scaling and spreading load
	["EC2 Auto Scaling", "AWS Auto Scaling", "ELB"],
	// Code at the edge
	["Lambda@Edge", "CloudFront Functions", "Lambda"],

	// --- Storage, backup and data movement ---
	// Object, block and file storage
	["S3", "Elastic Block Store", "Elastic File System", "FSx"],
	// Shared file systems
	["Elastic File System", "FSx for Windows File Server", "FSx for Lustre", "FSx for NetApp ONTAP", "FSx for OpenZFS", "Amazon File Cache"],
	// Moving data into and out of AWS
	["DataSync", "Storage Gateway", "Transfer Family", "Snowball", "DMS"],
	// Backups, snapshots and disaster recovery
	["AWS Backup", "DLM", "DRS"],

	// --- Databases ---
	// Relational, data warehouse or key-value
	["RDS", "Aurora", "Aurora DSQL", "Redshift", "DynamoDB"],
	// Key-value, document and wide-column
	["DynamoDB", "DocumentDB", "Keyspaces", "MemoryDB"],
	// Graph, time series and ledger
	["Neptune", "Timestream", "QLDB", "Managed Blockchain", "DocumentDB"],
	// Caching and faster database access
	// Not CloudFront: a CDN key would get DAX and MemoryDB as wrong answers, which no student considers.
	["ElastiCache", "DynamoDB Accelerator", "MemoryDB", "RDS Proxy"],

	// --- Networking and content delivery ---
	// Connecting networks: on premises, VPCs, Regions
	["Direct Connect", "Site-to-Site VPN", "Transit Gateway", "Client VPN", "Cloud WAN"],
	// Private access between VPCs and services
	["PrivateLink", "Transit Gateway", "VPC Lattice"],
	// User access without a VPN or a full desktop
	["Verified Access", "Client VPN", "WorkSpaces Secure Browser"],
	// Edge: caching, anycast IPs, DNS
	["CloudFront", "Global Accelerator", "Route 53"],
	// Routing and failing over traffic between endpoints and Regions
	["Route 53", "Global Accelerator", "ARC", "ELB"],
	// Load balancer types
	["ALB", "NLB", "GWLB", "CLB"],

	// --- Analytics ---
	// Querying, warehousing, big data, ETL, dashboards, search
	["Athena", "Redshift", "EMR", "Glue", "QuickSight", "OpenSearch Service"],
	// Preparing and transforming data
	["Glue", "Glue DataBrew", "EMR", "AWS Data Pipeline"],
	// Streaming data
	["Kinesis Data Streams", "Data Firehose", "Managed Service for Apache Flink", "MSK", "KVS"],
	// Search
	["OpenSearch Service", "CloudSearch", "Kendra", "Q Business"],
	// Sharing and governing data
	["Data Exchange", "Clean Rooms", "DataZone", "Lake Formation"],

	// --- Machine learning ---
	// Speech, text, translation and chatbots
	["Transcribe", "Polly", "Amazon Translate", "Comprehend", "Lex"],
	// Images, video and documents
	["Rekognition", "Textract", "Comprehend", "Lookout for Vision"],
	// Generative AI and assistants
	["Bedrock", "SageMaker JumpStart", "Q Business", "Q Developer", "Kendra"],
	// Conversational interfaces and contact centers
	["Lex", "Amazon Connect", "Q Business", "Polly"],
	// SageMaker tools: labeling, no-code, bias, models, human review
	["SageMaker Ground Truth", "SageMaker Canvas", "SageMaker Clarify", "SageMaker JumpStart", "A2I"],
	// Purpose-built predictions
	["Amazon Personalize", "Amazon Forecast", "Fraud Detector", "Lookout for Metrics", "SageMaker"],
	// Anomalies in images, equipment and metrics
	["Lookout for Vision", "Lookout for Equipment", "Lookout for Metrics", "Monitron"],
	// Health data and medical language
	["Comprehend Medical", "Transcribe Medical", "HealthLake", "HealthScribe", "HealthImaging", "HealthOmics"],

	// --- Migration ---
	// Migrating servers and databases, tracking it, and recovering servers
	["MGN", "DMS", "SCT", "Migration Hub", "ADS", "DRS"],
	// Planning a migration and its cost
	["ADS", "Migration Evaluator", "Migration Hub", "Pricing Calculator"],

	// --- End user computing, IoT and media ---
	// Desktops, streamed apps and browsers
	["WorkSpaces", "AppStream 2.0", "WorkSpaces Secure Browser", "WorkSpaces Thin Client"],
	// Collaboration and communication
	["WorkDocs", "WorkMail", "Chime", "Wickr"],
	// IoT devices: connecting, edge, fleet management, security, industrial data
	["IoT Core", "IoT Greengrass", "IoT Device Management", "IoT Device Defender", "IoT SiteWise"],
	// Video processing and streaming
	["Elemental MediaConvert", "Elemental MediaLive", "Elemental MediaPackage", "Elastic Transcoder", "IVS", "KVS"],
];
