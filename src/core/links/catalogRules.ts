/**
 * The text rules the catalog matches names with: the note name inside a link target, the lookup
 * key of a name (normalised, "Amazon"/"AWS" prefix dropped), the parts of a combined name, and the
 * naming patterns that make a name the catalog does not know read as a service. Pure string
 * functions with no catalog data; the catalog and its look-ups are in `catalog.ts`.
 */

/** Longer texts are never service names; the cap keeps every function linear on hostile input. */
const MAX_NAME_LENGTH = 200;
/** At most this many parts of a combined name are looked at. */
const MAX_PARTS = 8;

/** Names made only of ASCII letters, digits, dots and single spaces need no normalising beyond lower case. */
const SIMPLE_NAME = /^[A-Za-z0-9.]+(?: [A-Za-z0-9.]+)*$/;

/** Lowercase, spaces collapsed, hyphens/dashes/underscores as spaces, "&" as "and", parentheses spaced as " (x)". */
function normalize(s: string): string {
	if (SIMPLE_NAME.test(s)) return s.toLowerCase();
	return s
		.toLowerCase()
		.replace(/[\u2010-\u2015\u2212_-]/g, " ")
		.replace(/&/g, " and ")
		.replace(/\s*\(\s*/g, " (")
		.replace(/\s*\)/g, ")")
		.replace(/\s+/g, " ")
		.trim();
}

const PREFIX = /^(?:amazon web services|amazon|aws) /;

/** The lookup key of a name: normalized, without its "Amazon"/"AWS" prefix; and whether it had one. */
export function keyOf(s: string): { key: string; prefixed: boolean } {
	let key = normalize(s);
	let prefixed = false;
	for (let i = 0; i < 3; i++) {
		const m = PREFIX.exec(key);
		if (!m) break;
		prefixed = true;
		key = key.slice(m[0].length);
	}
	if (key.startsWith("elemental ")) key = key.slice("elemental ".length);
	return { key, prefixed };
}

/** The note name in a link target or note name: no folder, heading, block, alias or ".md"; "" when too long. */
export function clean(name: unknown): string {
	if (typeof name !== "string") return "";
	let s = name;
	const cut = s.search(/[#|]/);
	if (cut >= 0) s = s.slice(0, cut);
	const slash = s.lastIndexOf("/");
	if (slash >= 0) s = s.slice(slash + 1);
	s = s.replace(/\.md\s*$/i, "").replace(/\s+/g, " ").trim();
	return s.length > MAX_NAME_LENGTH ? "" : s;
}

/** Catalog abbreviation-like: 2–6 uppercase letters/digits with at least one letter ("EKS", "S3", "EC2"). */
const STRICT_ABBR = /^(?=[0-9]*[A-Z])[A-Z0-9]{2,6}$/;

/** Looser, for aliases: up to 8 letters/digits, starts uppercase or digit, one lowercase at most ("FSx", "IoT"). */
export function isAliasAbbr(s: string): boolean {
	return /^[A-Z0-9][A-Za-z0-9]{1,7}$/.test(s) && /[A-Z]/.test(s) && (s.match(/[a-z]/g) ?? []).length <= 1;
}

/** The trailing parenthesis of a name: "Amazon VPC (Virtual Private Cloud)" -> base and inner text. */
export function trailingParen(text: string): { base: string; inner: string } | null {
	if (!text.endsWith(")")) return null;
	const m = /^(.*?\S)\s*\(([^()]*)\)$/.exec(text);
	return m ? { base: m[1], inner: m[2].trim() } : null;
}

/** Start and end offsets of the parts of a combined name, split outside parentheses. */
export function splitParts(text: string): [number, number][] {
	const parts: [number, number][] = [];
	const sep = /\s*(?:[&+,;]|\band\b)\s*/gi;
	let depth = 0;
	let scanned = 0;
	let start = 0;
	for (let m = sep.exec(text); m; m = sep.exec(text)) {
		for (; scanned < m.index; scanned++) {
			const c = text[scanned];
			if (c === "(") depth++;
			else if (c === ")" && depth > 0) depth--;
		}
		if (depth > 0) continue;
		if (m.index > start) parts.push([start, m.index]);
		start = m.index + m[0].length;
	}
	if (start < text.length) parts.push([start, text.length]);
	return parts.slice(0, MAX_PARTS);
}

/** A separator somewhere in the text: only such names may be combined (a cheap test before `splitParts`). */
export const COMBINED_HINT = /[&+,;]|\band\b/i;

/** Abbreviations that, in parentheses, name an exam concept rather than a service ("Recovery Time Objective (RTO)"). */
const CONCEPT_ABBRS = new Set(
	("RTO RPO TCO ROI MFA ACL NACL SCP AZ SG ASG AMI ARN CIDR SLA SLO SLI HA DR RI SP CAF TLS SSL DNS CDN API SDK " +
		"IOPS TTL ENI EIP NAT IGW OU IDP SAML OIDC JSON YAML HTTP HTTPS TCP UDP SQL OLTP OLAP ETL ELT ML AI LLM RAG " +
		"IAC CICD RBAC ABAC PII PHI KPI MTTR BYOL PCI HIPAA GDPR SOC SSE CMK KEK DEK HSM VPN DDOS XSS SPOF RAID NFS " +
		"SMB ISCSI POSIX PITR WORM CAPEX OPEX FAQ AWS").split(" "),
);

/** Topics that follow "AWS"/"Amazon" in study notes without being services ("AWS Regions", "AWS Certified ..."). */
const NOT_SERVICE_TOPIC =
	/^(?:certified|certifications?|exams?|accounts?|regions?|availability zones?|global infrastructure|free tier|pricing|shared responsibility|well architected framework|cloud adoption framework|machine images?|resource names?|partner network|support plans?|best practices?|study|notes|whitepapers?|documentation|docs|training|skill builder|cloud practitioner|solutions architect|developer associate|sysops|web services)\b/;

/** "Amazon X", "AWS X", "Elastic X" (X capitalized) or "X (ABBR)", minus known non-service topics and concepts. */
export function looksLikeService(text: string): boolean {
	const paren = trailingParen(text);
	if (paren && CONCEPT_ABBRS.has(paren.inner.toUpperCase())) return false;
	if (NOT_SERVICE_TOPIC.test(keyOf(text).key)) return false;
	const prefix = /^(?:amazon|aws|elastic)\s+(\S)/i.exec(text);
	if (prefix && /[A-Z0-9]/.test(prefix[1])) return true;
	return paren !== null && STRICT_ABBR.test(paren.inner);
}
