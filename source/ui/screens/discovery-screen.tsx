// Discovery in the app: from an address to ranked candidate servers with their evidence. The
// best candidate is probed right away (the app pushes its table); this list stays one key away.
//
//   Find my settings: you@example.com (domain example.com)
//   Best candidate: smtp.example.com port 465; 3 candidates in all.
//   ❯ 1. smtp.example.com port 465 SSL/TLS · SRV _submissions
//        SRV _submissions._tcp.example.com names smtp.example.com port 465 (implicit TLS).
//     2. mail.example.com · common name
import {Box, Text, useStdin} from 'ink';
import {useEffect, useRef, useState} from 'react';
import type {CandidateSource, DiscoveryCandidate} from '../../discovery/discover.js';
import {useLanguage} from '../../i18n/language-context.js';
import type {AppServices, DiscoveryView} from '../app/services.js';
import {useTheme} from '../theme.js';
import {List} from '../widgets/list.js';

export type DiscoveryScreenProps = {
	readonly target: string;
	readonly view?: DiscoveryView;
	readonly discover?: AppServices['discover'];
	readonly isActive: boolean;
	readonly height: number;
	/** The candidate the cursor starts on (back from its table: that one). */
	readonly initialIndex?: number;
	readonly onHighlight?: (index: number) => void;
	readonly onResult: (view: DiscoveryView) => void;
	readonly onProbe: (index: number) => void;
};

const sourceWords: Readonly<Record<CandidateSource, string>> = {
	'srv-submissions': 'SRV _submissions (implicit TLS)',
	'srv-submission': 'SRV _submission',
	'address-domain': 'known provider of the address',
	'mx-provider': 'MX of a known provider',
	'common-name': 'common name',
	'mx-host': 'MX host',
};

function candidateLine(candidate: DiscoveryCandidate): string {
	const port = candidate.port === undefined ? '' : ` port ${candidate.port}`;
	const encryption =
		candidate.encryption === 'implicit-tls'
			? ' SSL/TLS'
			: candidate.encryption === 'starttls'
				? ' STARTTLS'
				: '';
	const certainty = candidate.certainty === 'confirmed' ? '' : ` (${candidate.certainty})`;
	return `${candidate.rank}. ${candidate.host}${port}${encryption} · ${sourceWords[candidate.source]}${certainty}`;
}

/** Runs discovery once (aborted when left) and lists the candidates. */
export function DiscoveryScreen({
	target,
	view,
	discover,
	isActive,
	height,
	initialIndex = 0,
	onHighlight,
	onResult,
	onProbe,
}: DiscoveryScreenProps) {
	const theme = useTheme();
	const {t} = useLanguage();
	const {isRawModeSupported} = useStdin();
	const [error, setError] = useState<string>();
	const [selected, setSelected] = useState(initialIndex);
	const isDone = view !== undefined;
	// The parent passes a fresh callback each frame; the discovery must not restart for it.
	const onResultRef = useRef(onResult);
	onResultRef.current = onResult;

	useEffect(() => {
		if (isDone) {
			return;
		}

		if (!discover) {
			setError(t('discovery.unavailable'));
			return;
		}

		const controller = new AbortController();
		discover(target, controller.signal).then(
			(result) => {
				if (!controller.signal.aborted) {
					onResultRef.current(result);
				}
			},
			(error_: unknown) => {
				if (!controller.signal.aborted) {
					setError(error_ instanceof Error ? error_.message : String(error_));
				}
			},
		);
		return () => {
			controller.abort();
		};
	}, [discover, isDone, t, target]);

	const candidates = view?.result.candidates ?? [];
	const result = view?.result;
	const highlighted = candidates[Math.min(selected, Math.max(0, candidates.length - 1))];
	const evidence = highlighted
		? [...highlighted.evidence, ...(highlighted.probe ? [highlighted.probe.summary] : [])]
		: [];
	// Room: title, status, blank, "Candidates" heading, then the list and the evidence.
	const room = Math.max(3, height - 5);
	const evidenceRoom = Math.min(evidence.length, Math.max(1, Math.floor(room / 3)));
	return (
		<Box flexDirection="column">
			<Text bold color={theme.color('accent')} wrap="truncate-end">
				{t('discovery.title', {target})}
				{result ? <Text color={theme.color('muted')}> ({result.domain})</Text> : null}
			</Text>
			{error ? (
				<Text color={theme.color('fail')}>✘ {error}</Text>
			) : result ? (
				<Text color={theme.color(result.status === 'found' ? 'ok' : 'warn')}>{result.message}</Text>
			) : (
				<Text color={theme.color('pending')}>{t('discovery.looking')}</Text>
			)}
			{candidates.length > 0 && (
				<Box marginTop={1} flexDirection="column">
					<Text color={theme.color('muted')}>{t('discovery.candidates')}</Text>
					<List
						items={candidates.map((candidate, index) => ({
							key: `${index}`,
							label: candidateLine(candidate),
							value: index,
						}))}
						isFocused={isActive && isRawModeSupported === true}
						limit={Math.max(1, room - evidenceRoom)}
						initialIndex={selected}
						onHighlight={(index) => {
							setSelected(index);
							onHighlight?.(index);
						}}
						onSelect={(item) => {
							onProbe(item.value);
						}}
					/>
					{evidence.slice(0, evidenceRoom).map((line, index) => (
						// Lines of one candidate, in a fixed order: their place is their identity.
						<Text key={index} wrap="truncate-end" color={theme.color('muted')}>
							{'     '}
							{line}
						</Text>
					))}
				</Box>
			)}
		</Box>
	);
}
