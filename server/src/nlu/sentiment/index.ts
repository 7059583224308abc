/**
 * Frustration and sentiment scoring for the pipeline's `sentiment` stage:
 * score each customer message, fold it into the conversation's trajectory,
 * and decide whether the conversation should go to a person.
 */
export { scoreMessage, type MessageSignals } from './message.ts';
export {
  updateTrajectory,
  shouldHandOff,
  messageFrustration,
  DEFAULT_HANDOFF_THRESHOLD,
  type Trajectory,
  type ConversationSignals,
  type HandoffReason,
} from './trajectory.ts';
export { isRepeatedQuestion, similarity } from './conversation.ts';
export { mentionsRegulator } from './regulators.ts';
export { lexiconKey, LEXICONS } from './lexicon/index.ts';
