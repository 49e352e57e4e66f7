/**
Progress of an ingest run on a terminal: files done/total, rate, ETA and failures, redrawn at most
ten times a second on stderr. Off when stderr is not a TTY or with --quiet.
*/
import {type Lang, say} from '../messages/catalog.js';

export type Progress = {done: number; total: number; failed: number; parsed: number; startedAt: number};

function formatDuration(seconds: number): string {
	if (!Number.isFinite(seconds)) return '--:--';
	const minutes = Math.floor(seconds / 60);
	return `${String(minutes).padStart(2, '0')}:${String(Math.round(seconds % 60)).padStart(2, '0')}`;
}

export function progressLine(progress: Progress, lang: Lang, now = performance.now()): string {
	const elapsed = (now - progress.startedAt) / 1000;
	const rate = elapsed > 0 ? progress.done / elapsed : 0;
	const eta = rate > 0 ? (progress.total - progress.done) / rate : Number.POSITIVE_INFINITY;
	const percent = progress.total > 0 ? Math.floor((progress.done / progress.total) * 100) : 100;
	const {done, total, failed} = progress;
	return say(lang, 'cli', 'ingest.progress', {
		done,
		total,
		percent,
		rate: rate.toFixed(1),
		eta: formatDuration(eta),
		failed,
	});
}

export function terminalProgress(
	stream: NodeJS.WriteStream,
	lang: Lang,
): {
	update: (progress: Progress) => void;
	finish: () => void;
} {
	let last = 0;
	return {
		update(progress) {
			const now = performance.now();
			if (now - last < 100 && progress.done < progress.total) return;
			last = now;
			stream.write(`\r\u001b[2K${progressLine(progress, lang, now)}`);
		},
		finish() {
			stream.write('\r\u001b[2K');
		},
	};
}
