// Which cloud or host this machine probably runs on, read from local files only (DMI, cloud-
// init), and what its outbound-SMTP policy is, so that a blocked port can be named for what
// it is: "this looks like a Google Cloud VM; Google Cloud blocks outbound port 25". Only
// policies ../shared/reference/smtp-facts.md supports (failure mode 3), always as "likely",
// with the file that told us. SMTP_DOCTOR_SYSROOT points the reads at a fixture folder (tests).
import {openSync, readSync, closeSync, fstatSync} from 'node:fs';
import path from 'node:path';

/** A cloud this machine probably runs on, and the ports it blocks outbound. */
export type HostPolicy = {
	readonly cloud: string;
	/** Outbound ports the provider blocks (or throttles) by default. */
	readonly blockedPorts: readonly number[];
	/** The file that told us (relative to the root, e.g. sys/class/dmi/id/product_name). */
	readonly evidence: string;
	/** What the value said. */
	readonly value: string;
};

type Rule = {
	readonly cloud: string;
	readonly blockedPorts: readonly number[];
	readonly file: string;
	readonly pattern: RegExp;
};

// Facts: smtp-facts.md failure mode 3. GCP blocks 25 (465/587 allowed); AWS throttles 25 until
// a removal request; Azure and DigitalOcean block 25 for most or new accounts; Hetzner Cloud
// blocks 25 and 465; Oracle blocks SMTP (its port 25).
const dmi = 'sys/class/dmi/id';
const rules: readonly Rule[] = [
	{
		cloud: 'Google Cloud',
		blockedPorts: [25],
		file: `${dmi}/product_name`,
		pattern: /^Google Compute Engine/i,
	},
	{cloud: 'Google Cloud', blockedPorts: [25], file: `${dmi}/sys_vendor`, pattern: /^Google/i},
	{cloud: 'Amazon EC2', blockedPorts: [25], file: `${dmi}/sys_vendor`, pattern: /^Amazon EC2/i},
	{cloud: 'Amazon EC2', blockedPorts: [25], file: `${dmi}/bios_vendor`, pattern: /^Amazon EC2/i},
	{
		cloud: 'Microsoft Azure',
		blockedPorts: [25],
		file: `${dmi}/chassis_asset_tag`,
		pattern: /^7783-7084-3265-9085-8269-3286-77$/,
	},
	{cloud: 'DigitalOcean', blockedPorts: [25], file: `${dmi}/sys_vendor`, pattern: /^DigitalOcean/i},
	{
		cloud: 'Hetzner Cloud',
		blockedPorts: [25, 465],
		file: `${dmi}/sys_vendor`,
		pattern: /^Hetzner/i,
	},
	{
		cloud: 'Oracle Cloud',
		blockedPorts: [25],
		file: `${dmi}/chassis_asset_tag`,
		pattern: /^OracleCloud\.com/i,
	},
];

/** cloud-init's `cloud_name` (run/cloud-init/instance-data.json) for the same clouds. */
const cloudInitNames: Readonly<Record<string, {cloud: string; blockedPorts: readonly number[]}>> = {
	gce: {cloud: 'Google Cloud', blockedPorts: [25]},
	aws: {cloud: 'Amazon EC2', blockedPorts: [25]},
	azure: {cloud: 'Microsoft Azure', blockedPorts: [25]},
	digitalocean: {cloud: 'DigitalOcean', blockedPorts: [25]},
	hetzner: {cloud: 'Hetzner Cloud', blockedPorts: [25, 465]},
	oracle: {cloud: 'Oracle Cloud', blockedPorts: [25]},
};

/** At most this much of a file is read (DMI values are a line; instance data can be large). */
const maxBytes = 64 * 1024;

/** The start of a regular file, or undefined (missing, unreadable, not a regular file). */
function readSmall(file: string): string | undefined {
	let fd: number | undefined;
	try {
		fd = openSync(file, 'r');
		if (!fstatSync(fd).isFile()) {
			return undefined;
		}

		const buffer = Buffer.alloc(maxBytes);
		const length = readSync(fd, buffer, 0, maxBytes, 0);
		return buffer.subarray(0, length).toString('utf8');
	} catch {
		return undefined;
	} finally {
		if (fd !== undefined) {
			closeSync(fd);
		}
	}
}

/** The likely cloud of this machine, or undefined. Never throws. */
export function detectHostPolicy(
	root = process.env['SMTP_DOCTOR_SYSROOT'] ?? '/',
): HostPolicy | undefined {
	for (const rule of rules) {
		const value = readSmall(path.join(root, rule.file))?.trim();
		if (value && rule.pattern.test(value)) {
			return {
				cloud: rule.cloud,
				blockedPorts: rule.blockedPorts,
				evidence: rule.file,
				value: value.slice(0, 80),
			};
		}
	}

	const file = 'run/cloud-init/instance-data.json';
	const text = readSmall(path.join(root, file));
	const name = text
		? /"cloud[_-]name"\s*:\s*"([a-z\d-]{1,40})"/i.exec(text)?.[1]?.toLowerCase()
		: undefined;
	const known = name ? cloudInitNames[name] : undefined;
	return known && name ? {...known, evidence: file, value: name} : undefined;
}
