/**
 * Other right ways to type a blank's key, found from its note: "email" for "Weekly email", "IdP" for
 * "External IdP", "subscriptions" for "Real-time subscriptions", "NACL" for "NACL deny rule" (blind reads
 * 72-75: such typed answers were the commonest second right answer). Only where the word left out only
 * describes (how often, from where, built in) and the note names nothing else by the word typed:
 * "administrator" is no "Delegated administrator", nor "concurrency" "Provisioned concurrency".
 */

import { FILLER } from "./answer";
import { isKnownService } from "./names";
import { echoStems } from "./terms";
import { BLANK, choiceKey, containsWord, escapeRegExp, isProperNoun } from "./text";

/** Head words that say the kind of a thing, not which: "Tape Gateway" is no "Gateway". */
const KIND_HEAD = /^(?:managers?|centers?|centres?|hubs?|gateways?|groups?|sets?|stores?|storage|systems?|consoles?|clients?|agents?|plans?|pools?|catalogs?|controllers?|builders?|connectors?|studios?|templates?|controls?|settings?|configurations?|limits?|data|access|support|capacity|protection|styles?|structures?)$/i;

/** First words that only describe the thing the second names: "Weekly email", "Real-time subscriptions". */
const DESCRIBES = /^(?:strict|real-?time|near-real-time|weekly|daily|monthly|hourly|yearly|annual|external|local|built-?in|native|managed|fully-managed|automatic|automated|auto|data)$/i;

/** Words after a name that name no part of it: "CloudWatch is", "CloudWatch and X-Ray". */
const GRAMMAR = /^(?:is|are|was|has|can|does|and|or|to|for|in|on|of|at|by|with|from|as|the|a|an|service|console)$/i;

/** A unit's name in full, for one of it typed alone. */
const UNIT_NAMES: Readonly<Record<string, string>> = { ms: "millisecond", s: "second", sec: "second", min: "minute", h: "hour", hr: "hour", kb: "kilobyte", mb: "megabyte", gb: "gigabyte" };

/** An acronym, in mixed case too ("IdP", "NACL", "SCPs"): two capitals or more, three to six letters. */
const ACRONYM = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{L}]{3,6}$/u;

/** Acronyms that say a kind of thing ("Data API" is no "API"). */
const KIND_ACRONYM = /^(?:APIs?|SDKs?|CLI|URLs?|URIs?|ARNs?|SQL|JSON|YAML|HTTPS?|TCP|UDP|AMIs?|ENIs?|IPs|GiB|MiB|TiB|KiB)$/;

/**
 * The words of `key` a student may type alone for it, given the prompt it blanks and the note's lines:
 * `[]` when none says it alone. Each name of a list key ("S3" of "S3/DynamoDB") and a feature without
 * its service ("StackSets") say it alone whatever the note. A figure, a service or a name with its vendor ("AWS Toolkit") is
 * checked as such (`typedMatches`), not here.
 */
export function alsoAccepted(key: string, prompt: string, noteLines: readonly string[]): string[] {
	// "S3/DynamoDB", "VPC peering / VPN / DX": the blank takes a list, and each of its names alone is right (blind read 83).
	// "SSE-S3 or SSE-KMS" as well (blind read 92).
	const listed = key.split(/\s*\/\s*|\s+or\s+/);
	if (listed.length > 1 && listed.every((item) => /^\p{L}[\p{L}\p{N} -]{1,40}$/u.test(item))) return listed;
	// "CloudFormation StackSets": a feature named in one word of its own after its service (blind read 83).
	const feature = /^(\S+(?: \S+)?) (\p{Lu}\p{Ll}+\p{Lu}\p{L}+)$/u.exec(key.trim());
	if (feature !== null && isKnownService(feature[1]) && !isKnownService(feature[2])) return [feature[2]];
	// "JWT token", "CNAME record", "JSON format": an acronym says what kind of thing it is on its own (blind read 138).
	const kind = /^(\p{Lu}{2,5}) (?:tokens?|records?|files?|format|protocol|standard)$/u.exec(key.trim());
	if (kind !== null) return [kind[1]];
	// "S3 Standard", "S3 Glacier Deep Archive": an option named after its service, by its own name (blind read 137).
	const option = /^(S3|EC2|RDS|EBS|EFS|ECS|EKS|Aurora|DynamoDB|Lambda) (\p{Lu}[\p{L}\p{N}-]*(?: \p{Lu}[\p{L}\p{N}-]*){0,2})$/u.exec(key.trim());
	if (option !== null && !isKnownService(option[2])) return [option[2]];
	// "SAML 2.0", "OAuth 2.0": a standard without its major version, where the note names no other version
	// of it (blind read 86); "Proxy Protocol v2" too (blind read 121). Not "TLS 1.2" nor "Layer 7": there
	// the figure is what is asked.
	const versioned = /^(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,2}) (?:v(\d+)|v?(\d+\.0))$/u.exec(key.trim());
	if (versioned !== null) {
		const [, name, major, dotted] = versioned;
		const version = major ?? dotted;
		const other = new RegExp(`\\b${escapeRegExp(name).replace(/ /g, "\\s+")}\\s*v?(\\d+(?:\\.\\d+)?)`, "giu");
		return noteLines.some((line) => [...line.matchAll(other)].some((m) => m[1] !== version && m[1] !== `${version}.0`)) ? [] : [name];
	}
	// "TLS in transit", "AES-256 at rest": the means, without where it applies (blind read 94); not
	// "Encryption" for "Encryption at rest", which says no means.
	const where = /^(.+?)\s+(?:in transit|in flight|at rest)$/i.exec(key.trim());
	if (where !== null && /\p{Lu}{2}|\d/u.test(where[1])) return [where[1]];
	// "Docker images": a container image by the name of its best-known format (blind read 94).
	const docker = /^docker\s+(images?|containers?)$/i.exec(key.trim());
	if (docker !== null) return [`container ${docker[1]}`];
	// "99.999999999%": "11 nines", as the figure is said (blind read 106).
	const nines = /^(99\.9+|9{2,})\s*%$/.exec(key.trim());
	if (nines !== null) return [`${(nines[1].match(/9/g) ?? []).length} nines`];
	// "x86_64", "ARM64": a processor architecture by its other names (blind read 125).
	if (/^(?:x86[_-]?64|amd64|x64)$/i.test(key.trim())) return ["x86", "x64", "AMD64", "x86-64"];
	if (/^(?:arm64|aarch64)$/i.test(key.trim())) return ["ARM", "ARM64", "AArch64", "Graviton"];
	// "1-35 days": its top, as for a range from zero ("35 days", "up to 35 days"; blind read 120).
	const fromOne = /^1\s*(?:–|—|-|to)\s*(\d.*)$/.exec(key.trim());
	if (fromOne !== null) return [`0-${fromOne[1]}`];
	// "billed per 1 ms": one of a unit after "per" is the unit ("per millisecond", "per ms"; blind read 130).
	const perOne = new RegExp(`\\bper\\s*${escapeRegExp(BLANK)}`, "i").test(prompt) ? /^1\s*(ms|s|sec|min|h|hr|hour|second|minute|day|GB|MB|KB)$/i.exec(key.trim()) : null;
	if (perOne !== null) return [perOne[1], UNIT_NAMES[perOne[1].toLowerCase()] ?? perOne[1]];
	// "<128 KB": the bound in words ("under 128 KB", "less than 128 KB"; blind read 112).
	const bound = /^([<>])\s*(\d.*)$/.exec(key.trim());
	if (bound !== null) return (bound[1] === "<" ? ["under", "less than", "smaller than", "below"] : ["over", "more than", "larger than", "above"]).map((w) => `${w} ${bound[2]}`);
	// "Apply an SCP": a budget's action is said by the thing it applies, as "SCP" or "attach an SCP" (blind read 124).
	const action = /^(?:apply|attach|add|use|enable|create|set)\s+(?:an?|the)\s+(\S.*)$/i.exec(key.trim());
	if (action !== null) return [action[1], `attach ${action[1]}`];
	const words = key.trim().split(/\s+/);
	// "WebSocket API" asked under "3 API types": the kind the prompt names goes without saying (blind read 120).
	if (words.length === 2 && /^[\p{L}\d-]{2,}$/u.test(words[0]) && new RegExp(`\\b${escapeRegExp(words[1])}s?\\s+(?:types?|kinds?|flavou?rs?|options?)\\b`, "iu").test(prompt)) return [words[0]];
	// "CloudWatch Logs" in "logs to ____": the word the prompt says goes without saying, where the note
	// names nothing else by the rest ("CloudWatch metrics" would make "CloudWatch" too vague; blind read 123).
	// Said in the prompt, not as part of a service's name ("API" of "API Gateway").
	const said = (word: string): boolean => {
		const named = new RegExp(`[\\p{L}\\d-]+\\s+${escapeRegExp(word)}\\b|\\b${escapeRegExp(word)}\\s+[\\p{L}\\d-]+`, "giu");
		return saysWord(prompt.replace(named, (pair) => (isKnownService(pair) ? " " : pair)), word);
	};
	if (words.length === 2 && /^\p{Lu}[\p{L}\d-]{2,}$/u.test(words[0]) && /^\p{L}{3,}$/u.test(words[1]) && !containsWord(prompt, words[0]) && said(words[1]) && !KIND_ACRONYM.test(words[0]) && !FILLER.test(words[0].toLowerCase()) && !DESCRIBES.test(words[0])) {
		const after = new RegExp(`\\b${escapeRegExp(words[0])}\\s+([\\p{L}-]+)`, "giu");
		const others = noteLines.flatMap((line) => [...line.matchAll(after)].map((m) => m[1].toLowerCase()));
		const same = (w: string): boolean => w === words[1].toLowerCase() || w === `${words[1].toLowerCase()}s` || `${w}s` === words[1].toLowerCase();
		return others.some((w) => !same(w) && !GRAMMAR.test(w)) ? [] : [words[0]];
	}
	if (words.length < 2 || /[\d$%/+=<>]/.test(key) || isKnownService(key) || /^(?:aws|amazon)$/i.test(words[0])) return [];
	// "Weekly email": the word described. "NACL deny rule", "HMAC keys": an acronym the rest, in lower
	// case, says more of ("MFA Delete" and "Transit VIF" name a feature by both words).
	const described = words.length === 2 && DESCRIBES.test(words[0]) && /^\p{L}[\p{L}-]{2,}$/u.test(words[1]) ? [words[1]] : [];
	const acronym = ACRONYM.test(words[0]) && words.slice(1).every((w) => /^\p{Ll}/u.test(w)) ? [words[0]] : [];
	// "Nitro System": a platform's name without the word that says it is one, where the note names nothing
	// else by it ("Nitro Enclaves"; "Nitro instances" are its own, blind read 119).
	if (words.length === 2 && /^\p{Lu}\p{Ll}{2,}$/u.test(words[0]) && /^(?:System|Platform|Framework|Engine)$/.test(words[1]) && !containsWord(prompt, words[0])) {
		const after = new RegExp(`\\b${words[0]}\\s+(\\p{L}+)`, "gu");
		const others = noteLines.flatMap((line) => [...line.matchAll(after)].map((m) => m[1]));
		return others.some((w) => w.toLowerCase() !== words[1].toLowerCase() && !FILLER.test(w.toLowerCase())) ? [] : [words[0]];
	}
	// "Redis AUTH": the command or standard written in capitals after the product it belongs to, where no
	// line gives it another product ("Valkey AUTH"); "IAM auth" is no such capitals, and "Transit VIF" no
	// product's (blind read 114).
	if (words.length === 2 && (isProperNoun(words[0]) || isKnownService(words[0])) && /^\p{Lu}{3,6}$/u.test(words[1]) && !KIND_ACRONYM.test(words[1]) && !containsWord(prompt, words[1])) {
		const before = new RegExp(`(\\S+)\\s+${words[1]}\\b`, "gu");
		const owners = noteLines.flatMap((line) => [...line.matchAll(before)].map((m) => m[1]));
		return owners.some((o) => /^\p{Lu}/u.test(o) && o !== words[0] && o.replace(/\W+/g, "") !== words[0]) ? [] : [words[1]];
	}
	return [...described, ...acronym].filter(
		(w) =>
			!KIND_ACRONYM.test(w) &&
			!FILLER.test(w.toLowerCase()) &&
			!KIND_HEAD.test(w) &&
			!isKnownService(w) &&
			!containsWord(prompt, w) &&
			// Another line that says the word without the key names another thing by it ("Reserved
			// concurrency" beside "Provisioned concurrency"), or the same one in other words: too close to call.
			!noteLines.some((line) => saysWord(line, w) && !containsWord(line, key)),
	);
}

function saysWord(line: string, word: string): boolean {
	const stems = echoStems(word);
	if (stems.size === 0) return containsWord(line, word);
	const said = echoStems(line);
	return [...stems].every((s) => said.has(s)) || choiceKey(line).includes(choiceKey(word));
}
