// The host's likely cloud, read from local files only (DMI, cloud-init), in fixture folders
// that stand for the system's (SMTP_DOCTOR_SYSROOT); and the sentence a check prints when that
// cloud's policy explains a port that could not be reached.
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, expect, test} from 'vitest';
import {detectHostPolicy} from '../../source/hostinfo/cloud.js';
import {jsonReportSchema} from '../report/json-schema.js';
import {runCli} from '../cli/cli-helpers.js';

const folder = mkdtempSync(path.join(tmpdir(), 'smtp-doctor-sysroot-'));
afterAll(() => {
	rmSync(folder, {recursive: true, force: true});
});

/** A fixture root with `files` (path -> content). */
function sysroot(name: string, files: Record<string, string>): string {
	const root = path.join(folder, name);
	for (const [file, text] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(root, file)), {recursive: true});
		writeFileSync(path.join(root, file), text);
	}

	return root;
}

const dmi = 'sys/class/dmi/id';

test.each([
	['Google Cloud', {[`${dmi}/product_name`]: 'Google Compute Engine\n'}, [25]],
	['Amazon EC2', {[`${dmi}/sys_vendor`]: 'Amazon EC2\n'}, [25]],
	['Microsoft Azure', {[`${dmi}/chassis_asset_tag`]: '7783-7084-3265-9085-8269-3286-77\n'}, [25]],
	['DigitalOcean', {[`${dmi}/sys_vendor`]: 'DigitalOcean\n'}, [25]],
	['Hetzner Cloud', {[`${dmi}/sys_vendor`]: 'Hetzner\n'}, [25, 465]],
	['Oracle Cloud', {[`${dmi}/chassis_asset_tag`]: 'OracleCloud.com\n'}, [25]],
	[
		'Hetzner Cloud',
		{'run/cloud-init/instance-data.json': '{"v1": {"cloud_name": "hetzner"}}'},
		[25, 465],
	],
] as const)('%s from %j', (cloud, files, ports) => {
	const policy = detectHostPolicy(
		sysroot(`${cloud}-${Object.keys(files)[0]!.replaceAll('/', '_')}`, files),
	);
	expect(policy?.cloud).toBe(cloud);
	expect(policy?.blockedPorts).toEqual(ports);
	expect(policy?.evidence).toBe(Object.keys(files)[0]);
});

test('a laptop, a folder where a file should be, an empty root: no claim', () => {
	expect(detectHostPolicy(sysroot('laptop', {[`${dmi}/sys_vendor`]: 'LENOVO\n'}))).toBeUndefined();
	mkdirSync(path.join(folder, 'odd', dmi, 'sys_vendor'), {recursive: true});
	expect(detectHostPolicy(path.join(folder, 'odd'))).toBeUndefined();
	expect(detectHostPolicy(path.join(folder, 'missing'))).toBeUndefined();
});

test('check: port 25 unreachable on a Google Cloud VM says the cloud blocks it, with the file', async () => {
	const root = sysroot('gce-cli', {[`${dmi}/product_name`]: 'Google Compute Engine\n'});
	const args = ['check', '127.0.0.77', '--ports', '25', '--control', '127.0.0.78', '--json'];
	const run = await runCli(args, {SMTP_DOCTOR_SYSROOT: root});
	const json = jsonReportSchema.parse(JSON.parse(run.stdout));
	expect(json.hostPolicy).toMatchObject({
		cloud: 'Google Cloud',
		evidence: `${dmi}/product_name`,
		ports: [25],
	});
	expect(json.hostPolicy?.sentence).toContain('Google Cloud blocks outbound port 25 by default');
	const plain = await runCli(args.slice(0, -1), {SMTP_DOCTOR_SYSROOT: root});
	expect(plain.stdout).toContain(
		'Likely: this machine runs on Google Cloud (read from sys/class/dmi/id/product_name)',
	);
	// No such file set: nothing is claimed.
	const none = jsonReportSchema.parse(
		JSON.parse((await runCli(args, {SMTP_DOCTOR_SYSROOT: path.join(folder, 'missing')})).stdout),
	);
	expect(none.hostPolicy).toBeNull();
});
