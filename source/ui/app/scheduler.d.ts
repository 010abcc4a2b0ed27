// The calls of React's scheduler (a dependency of react-reconciler, which Ink renders
// with) that the key stream queues behind.
declare module 'scheduler' {
	export const unstable_IdlePriority: 5;
	export function unstable_scheduleCallback(priority: 5, callback: () => void): unknown;
}
