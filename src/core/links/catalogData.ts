/**
 * The built-in catalog of AWS services, as one compact string because it ships in the plugin bundle.
 * It is parsed once, lazily, by `catalog.ts`; nothing else should read it.
 *
 * Format, one line each:
 * - `#Category` starts a category; the services below it belong to it (names from `SERVICE_CATEGORIES`).
 * - `Official name|ABBR|Other name;Other name`; trailing empty fields are left out.
 *   - ABBR is the abbreviation study notes use. When the official name starts with "Amazon" or "AWS",
 *     that prefix plus ABBR ("Amazon EKS") is the service's short name, unless ABBR is written `-ABBR`
 *     ("AWS Direct Connect|-DX": nobody writes "AWS DX").
 *   - A name (or ABBR) written with a leading `*` only matches when the text carries the "Amazon"/"AWS"
 *     prefix: "AWS Backup" is the service, a note called "Backup" (or "Backup and Restore") is not.
 *     It wins the prefixed reading of a key another service's name shares: "*AWS Auto Scaling" makes
 *     "AWS Auto Scaling" that service while a bare "Auto Scaling" stays Amazon EC2 Auto Scaling.
 *   - Names differing only by the "Amazon"/"AWS"/"AWS Elemental" prefix, case, hyphens or "&"/"and"
 *     are the same key and need not be listed twice.
 * Names are public facts (AWS product names, former names still common in study notes).
 */
export const CATALOG_DATA = `
#Compute
Amazon Elastic Compute Cloud|EC2
Amazon EC2 Auto Scaling||Auto Scaling
AWS Lambda
Lambda@Edge
AWS Elastic Beanstalk||Beanstalk
Amazon Lightsail
*AWS Batch
AWS Outposts
AWS Wavelength
AWS Local Zones
AWS Serverless Application Repository|-SAR
EC2 Image Builder||Image Builder
AWS Nitro Enclaves
AWS ParallelCluster
AWS Parallel Computing Service|PCS
VMware Cloud on AWS|-VMC
Amazon Elastic VMware Service|EVS
AWS SimSpace Weaver
#Containers
Amazon Elastic Container Service|ECS
Amazon Elastic Kubernetes Service|EKS
Amazon Elastic Container Registry|ECR
AWS Fargate
AWS App Runner
Amazon ECS Anywhere
Amazon EKS Anywhere
Amazon EKS Distro||EKS-D
Red Hat OpenShift Service on AWS|ROSA
AWS App2Container
*AWS Copilot||AWS Copilot CLI
#Storage
Amazon Simple Storage Service|S3
Amazon S3 Glacier||Amazon Glacier
Amazon Elastic Block Store|EBS
Amazon Elastic File System|EFS
Amazon FSx
Amazon FSx for Windows File Server
Amazon FSx for Lustre
Amazon FSx for NetApp ONTAP
Amazon FSx for OpenZFS
AWS Storage Gateway
*AWS Backup
AWS Elastic Disaster Recovery|DRS|CloudEndure Disaster Recovery
*Amazon File Cache
Amazon Data Lifecycle Manager|DLM
#Databases
Amazon Relational Database Service|RDS
Amazon Aurora
Amazon Aurora DSQL
Amazon DynamoDB||DDB
Amazon DynamoDB Accelerator|DAX
Amazon ElastiCache
Amazon MemoryDB||Amazon MemoryDB for Redis
Amazon DocumentDB||Amazon DocumentDB (with MongoDB compatibility)
Amazon Keyspaces||Amazon Keyspaces (for Apache Cassandra)
Amazon Neptune
Amazon Timestream
Amazon Quantum Ledger Database|QLDB
Amazon RDS Proxy
#Networking & Content Delivery
Amazon Virtual Private Cloud|VPC
Amazon CloudFront
CloudFront Functions
Amazon Route 53||Route53;R53
Amazon Route 53 Resolver
Amazon Application Recovery Controller|-ARC|Route 53 Application Recovery Controller
AWS Global Accelerator
AWS Direct Connect|-DX
AWS Transit Gateway|-TGW
AWS PrivateLink
Elastic Load Balancing|ELB
Application Load Balancer|ALB
Network Load Balancer|NLB
Gateway Load Balancer|GWLB
Classic Load Balancer|CLB
AWS App Mesh
AWS Cloud Map
Amazon API Gateway
AWS Site-to-Site VPN||S2S VPN
AWS Client VPN
*AWS VPN
AWS Verified Access
Amazon VPC Lattice
AWS Cloud WAN
Amazon VPC IP Address Manager|-IPAM|Amazon VPC IPAM
#Security, Identity & Compliance
AWS Identity and Access Management|IAM
AWS IAM Identity Center|SSO|AWS Single Sign-On;Identity Center
Amazon Cognito
AWS Directory Service||AWS Managed Microsoft AD
AWS Resource Access Manager|RAM
AWS Key Management Service|KMS
AWS CloudHSM
AWS Certificate Manager|ACM
AWS Private Certificate Authority||AWS Private CA;ACM PCA
AWS Secrets Manager
AWS WAF|WAF|*AWS Web Application Firewall
AWS Shield||AWS Shield Advanced;AWS Shield Standard
AWS Firewall Manager
AWS Network Firewall
Amazon GuardDuty
Amazon Inspector
Amazon Macie
Amazon Detective
AWS Security Hub
Amazon Security Lake
AWS Audit Manager
*AWS Artifact
*AWS Signer
Amazon Verified Permissions
AWS Security Token Service|STS
*AWS Payment Cryptography
AWS IAM Access Analyzer||Access Analyzer
AWS IAM Roles Anywhere
*AWS Security Incident Response
#Management & Governance
Amazon CloudWatch
AWS CloudTrail
*AWS Config
AWS Systems Manager|SSM|Amazon EC2 Systems Manager
AWS Systems Manager Parameter Store||Parameter Store;SSM Parameter Store
AWS CloudFormation||CFN
AWS Service Catalog
AWS Control Tower
AWS Organizations
AWS Trusted Advisor
AWS Health Dashboard||*AWS Health;AWS Personal Health Dashboard;PHD
AWS Launch Wizard
AWS License Manager
AWS Management Console||*AWS Console
AWS Resilience Hub
AWS Well-Architected Tool
AWS Compute Optimizer
AWS Chatbot||Amazon Q Developer in chat applications
Amazon Managed Grafana|-AMG
Amazon Managed Service for Prometheus|-AMP
AWS Distro for OpenTelemetry|-ADOT
Service Quotas
AWS AppConfig
AWS OpsWorks
AWS Resource Groups
AWS Resource Explorer
*AWS User Notifications
*AWS Auto Scaling
Amazon DevOps Guru
#Application Integration
Amazon Simple Queue Service|SQS
Amazon Simple Notification Service|SNS
Amazon EventBridge||Amazon CloudWatch Events
AWS Step Functions|-SFN
Amazon MQ
Amazon AppFlow
Amazon Simple Workflow Service|SWF
Amazon Managed Workflows for Apache Airflow|MWAA
AWS B2B Data Interchange
#Analytics
Amazon Athena
Amazon Redshift
Amazon EMR|EMR|Amazon Elastic MapReduce
AWS Glue
AWS Glue DataBrew||DataBrew
Amazon Kinesis
Amazon Kinesis Data Streams|-KDS
Amazon Data Firehose||Amazon Kinesis Data Firehose;Kinesis Firehose;Firehose;KDF
Amazon Managed Service for Apache Flink||Amazon Kinesis Data Analytics;KDA
Amazon Managed Streaming for Apache Kafka|MSK
Amazon OpenSearch Service||OpenSearch;Amazon Elasticsearch Service;*Amazon ES
Amazon QuickSight
AWS Lake Formation
AWS Data Exchange
Amazon DataZone
AWS Clean Rooms
Amazon CloudSearch
*AWS Data Pipeline
Amazon FinSpace
*AWS Entity Resolution
#Machine Learning
Amazon SageMaker||Amazon SageMaker AI
Amazon SageMaker Ground Truth
Amazon SageMaker Canvas
Amazon SageMaker JumpStart
Amazon SageMaker Clarify
Amazon Bedrock
*Amazon Q
Amazon Q Business
Amazon Q Developer||Amazon CodeWhisperer
Amazon Rekognition
Amazon Comprehend
Amazon Comprehend Medical
Amazon Textract
*Amazon Translate
Amazon Transcribe
Amazon Transcribe Medical
Amazon Polly
Amazon Lex
Amazon Kendra
*Amazon Personalize
*Amazon Forecast
Amazon Fraud Detector
*Amazon Augmented AI|A2I
Amazon Lookout for Vision
Amazon Lookout for Equipment
Amazon Lookout for Metrics
Amazon Monitron
AWS DeepRacer
Amazon HealthLake
AWS HealthOmics
AWS HealthImaging
AWS HealthScribe
#Developer Tools
AWS CodeCommit
AWS CodeBuild
AWS CodeDeploy
AWS CodePipeline
AWS CodeArtifact
AWS CodeStar
Amazon CodeCatalyst
Amazon CodeGuru
AWS Cloud9
AWS CloudShell
AWS X-Ray||XRay
AWS Cloud Development Kit|CDK
AWS Serverless Application Model|SAM
AWS Command Line Interface|CLI
AWS Fault Injection Service|FIS|AWS Fault Injection Simulator
AWS Proton
AWS Infrastructure Composer||AWS Application Composer
#Migration & Transfer
AWS Database Migration Service|DMS
AWS Application Migration Service|MGN
AWS Migration Hub
AWS Application Discovery Service|-ADS
AWS DataSync
AWS Transfer Family||AWS Transfer for SFTP
AWS Snow Family
AWS Snowball
AWS Snowball Edge
AWS Snowcone
AWS Snowmobile
*AWS Mainframe Modernization
AWS Migration Evaluator||TSO Logic
AWS Schema Conversion Tool|SCT
#End User Computing
Amazon WorkSpaces
Amazon WorkSpaces Secure Browser||Amazon WorkSpaces Web
Amazon AppStream 2.0||Amazon AppStream
Amazon WorkDocs
Amazon WorkSpaces Thin Client
#IoT
AWS IoT Core||*AWS IoT
AWS IoT Greengrass||Greengrass
AWS IoT Device Defender
AWS IoT Device Management
AWS IoT Events
AWS IoT SiteWise
AWS IoT TwinMaker
AWS IoT FleetWise
AWS IoT Analytics
FreeRTOS
AWS IoT ExpressLink
AWS IoT Things Graph
AWS IoT 1-Click
#Media Services
AWS Elemental MediaConvert
AWS Elemental MediaLive
AWS Elemental MediaPackage
AWS Elemental MediaStore
AWS Elemental MediaTailor
AWS Elemental MediaConnect
Amazon Elastic Transcoder
Amazon Interactive Video Service|IVS
Amazon Kinesis Video Streams|-KVS
AWS Deadline Cloud
#Business Applications
*Amazon Connect
Amazon Pinpoint
Amazon Simple Email Service|SES
Amazon Chime
Amazon Chime SDK
Amazon WorkMail
AWS Wickr
*AWS Supply Chain
AWS AppFabric
AWS End User Messaging
Alexa for Business
#Front-end Web & Mobile
AWS Amplify
AWS AppSync
AWS Device Farm
Amazon Location Service
#Cost Management
AWS Cost Explorer
AWS Budgets
AWS Cost and Usage Report|CUR
AWS Billing and Cost Management||*AWS Billing
AWS Pricing Calculator
AWS Billing Conductor
AWS Cost Anomaly Detection
AWS Cost Optimization Hub
#Game Tech
Amazon GameLift||Amazon GameLift Servers
#Blockchain
Amazon Managed Blockchain|-AMB
#Quantum
Amazon Braket
#Robotics
AWS RoboMaker
#Satellite
AWS Ground Station
#Customer Enablement
*AWS Support
*AWS Marketplace
AWS Managed Services|AMS
AWS Activate for Startups
AWS IQ
`;
