import { parentPort, workerData } from 'node:worker_threads';
import { trainIntentClassifier, type IntentExample } from './intent/index.ts';

// Trains one intent model off the main thread (seconds of CPU), answering with its JSON form.
const model = trainIntentClassifier(workerData as IntentExample[]);
parentPort!.postMessage(JSON.stringify(model.toJSON()));
