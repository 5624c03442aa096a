/**
 * The shape of an AWS certification exam's scope, as data: its domains and the in-scope services of its
 * exam guide. Each exam lists its services compactly in `data/<id>.json` (`ExamGuideData`), by any name the service
 * catalog resolves (`src/core/links/catalogData.ts`); `examGuide` turns that list into the catalog's
 * official names the first time it is read.
 */

/** One exam domain as the guide numbers it. */
export interface ExamDomain {
	/** 1-based, as in the guide ("Domain 2"). */
	number: number;
	name: string;
	/** Share of scored content, in percent. */
	weight: number;
}

/** An exam guide's scope, written as data. */
export interface ExamGuide {
	/** Short id used in settings and the CLI: "clf", "saa", "dva", "soa", "aif", "sap". */
	id: string;
	/** "AWS Certified Solutions Architect – Associate" */
	name: string;
	/** "SAA-C03" */
	code: string;
	domains: readonly ExamDomain[];
	/**
	 * In-scope services: [catalog service name, domain numbers where the guide names or tests it].
	 * An empty domain list means in scope (listed in the appendix) with no one domain singled out.
	 */
	services: readonly (readonly [string, readonly number[]])[];
}

/**
 * An exam guide as its data file (`data/<id>.json`) writes it: `services` holds, under each of the guide's
 * service categories, one string per service, `"Name|1,3"`, where Name is a name the catalog resolves to
 * exactly that service (its official name, the name without "Amazon"/"AWS", or the abbreviation notes use:
 * "EC2", "Route 53", "Secrets Manager") and 1,3 are the domain numbers (left out, with the bar, for a
 * service no one domain singles out).
 */
export interface ExamGuideData extends Omit<ExamGuide, "services"> {
	services: Readonly<Record<string, readonly string[]>>;
}
