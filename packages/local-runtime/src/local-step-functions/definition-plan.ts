import { StateMachine, type StateMachineDefinition } from "aws-local-stepfunctions";
import "./promise-polyfill.js";

export const INVOKE_RESOURCE = "arn:aws:states:::lambda:invoke";
export const WAIT_RESOURCE = "arn:aws:states:::lambda:invoke.waitForTaskToken";
/** Node timers hold at most 2^31-1 ms; a longer TimeoutSeconds silently fires after ~1 ms. */
export const MAX_TIMEOUT_SECONDS = 2_147_483;

type State = Record<string, unknown> & { Type: string };
export type Definition = { StartAt: string; States: Record<string, State>; TimeoutSeconds?: number } & Record<string, unknown>;

/** What the engine needs to know about a definition, checked once when the engine is built. */
export interface DefinitionPlan {
  definition: Definition;
  /** Task states invoking a Lambda and waiting for its task token. */
  waitStates: Set<string>;
  /** Task states invoking a Lambda synchronously. */
  invokeStates: Set<string>;
  waitTimeoutMs(stateName: string): number;
}

class UnsupportedDefinition extends Error {
  constructor(message: string) {
    super(`local Step Functions engine: ${message}`);
    this.name = "UnsupportedDefinition";
  }
}

/** Fields the library would silently ignore: refusing them beats running a different workflow. */
const IGNORED_FIELDS = ["Assign", "Arguments", "Output", "QueryLanguage"];

function checkTimeout(where: string, seconds: unknown) {
  if (seconds !== undefined && (typeof seconds !== "number" || seconds <= 0 || seconds > MAX_TIMEOUT_SECONDS)) {
    throw new UnsupportedDefinition(`${where}: TimeoutSeconds must be between 1 and ${MAX_TIMEOUT_SECONDS}`);
  }
}

/** Map fields the library does not implement: a definition using them would run differently here. */
const UNSUPPORTED_MAP_FIELDS = ["ItemReader", "ItemBatcher", "ResultWriter", "ToleratedFailurePercentage", "ToleratedFailureCount", "Label"];

interface PlannedStates {
  waitStates: Set<string>;
  invokeStates: Set<string>;
}

function planTask(name: string, state: State, nested: boolean, handlerNames: Set<string>, planned: PlannedStates) {
  checkTimeout(`state ${name}`, state.TimeoutSeconds);
  if (state.Resource === WAIT_RESOURCE) {
    // A wait inside a Map could not be resumed after a restart: only the Map as a whole can.
    if (nested) throw new UnsupportedDefinition(`state ${name}: a task-token wait inside a Map state cannot be resumed`);
    // Without it the library gives up after 60 s; AWS would wait a year.
    if (state.TimeoutSeconds === undefined) throw new UnsupportedDefinition(`wait state ${name} needs TimeoutSeconds`);
    planned.waitStates.add(name);
  } else if (state.Resource === INVOKE_RESOURCE) {
    planned.invokeStates.add(name);
  } else {
    throw new UnsupportedDefinition(`state ${name}: resource ${String(state.Resource)} has no local implementation`);
  }
  const functionName = (state.Parameters as Record<string, unknown> | undefined)?.FunctionName;
  if (typeof functionName === "string" && !handlerNames.has(functionName)) {
    throw new UnsupportedDefinition(`state ${name}: no local handler for function ${functionName}`);
  }
}

/**
 * An inline Map state: its iterations run the nested states with at most MaxConcurrency at a time
 * (the library does this). Nested states are planned like top-level ones, with no Map or task-token
 * wait inside (a restart resumes the Map as a whole).
 */
function planMap(name: string, state: State, handlerNames: Set<string>, planned: PlannedStates) {
  const unsupported = UNSUPPORTED_MAP_FIELDS.find((field) => field in state);
  if (unsupported) throw new UnsupportedDefinition(`state ${name} uses ${unsupported}, which the engine does not implement`);
  const processor = (state.ItemProcessor ?? state.Iterator) as { ProcessorConfig?: { Mode?: string }; States?: Record<string, State> } | undefined;
  if (processor?.ProcessorConfig?.Mode && processor.ProcessorConfig.Mode !== "INLINE") throw new UnsupportedDefinition(`state ${name}: only INLINE Map states run locally`);
  for (const [nestedName, nestedState] of Object.entries(processor?.States ?? {})) {
    if (nestedState.Type === "Map" || nestedState.Type === "Parallel") throw new UnsupportedDefinition(`state ${nestedName}: a ${nestedState.Type} inside a Map is not supported`);
    planState(nestedName, nestedState, true, handlerNames, planned);
  }
}

function planState(name: string, state: State, nested: boolean, handlerNames: Set<string>, planned: PlannedStates) {
  const ignored = IGNORED_FIELDS.find((field) => field in state);
  if (ignored) throw new UnsupportedDefinition(`state ${name} uses ${ignored}, which the engine would ignore`);
  if (state.Type === "Parallel") throw new UnsupportedDefinition(`state ${name}: Parallel states cannot be resumed`);
  if (state.Type === "Map") planMap(name, state, handlerNames, planned);
  if (state.Type === "Task") planTask(name, state, nested, handlerNames, planned);
}

/**
 * Validates the definition (the library's ASL validation plus what the local engine supports:
 * JSONPath states, Lambda tasks with a local handler, inline Map states of invoke tasks) and lists
 * its task states.
 */
export function planDefinition(source: object, handlerNames: Set<string>): DefinitionPlan {
  const definition = structuredClone(source) as Definition;
  // The constructor validates, and mutates what it is given: hand it a throwaway copy.
  new StateMachine(structuredClone(definition) as unknown as StateMachineDefinition);
  if (definition.QueryLanguage !== undefined) throw new UnsupportedDefinition("only JSONPath definitions are supported");
  checkTimeout("definition", definition.TimeoutSeconds);

  // Task handlers are keyed by state name: the library's validation already refuses a name used twice, nested or not.
  const planned: PlannedStates = { waitStates: new Set(), invokeStates: new Set() };
  for (const [name, state] of Object.entries(definition.States)) planState(name, state, false, handlerNames, planned);

  return {
    definition,
    waitStates: planned.waitStates,
    invokeStates: planned.invokeStates,
    waitTimeoutMs: (stateName) => (definition.States[stateName].TimeoutSeconds as number) * 1000,
  };
}

export interface ResumePoint {
  stateName: string;
  /** The original deadline of the wait being resumed, if any. */
  waitDeadlineMs?: number;
  executionStartedMs: number;
}

/**
 * A copy that starts at the resumed state. Timeouts count from the original start, as they would
 * have in AWS: a wait that expired while the process was down times out at once.
 */
export function resumeDefinition(plan: DefinitionPlan, point: ResumePoint, nowMs: number): Definition {
  const copy = structuredClone(plan.definition);
  copy.StartAt = point.stateName;
  // Fractions of a second are fine at run time (the library multiplies by 1000); 0 would mean "60 s".
  const remaining = (deadlineMs: number) => Math.max(deadlineMs - nowMs, 1) / 1000;
  if (point.waitDeadlineMs !== undefined) copy.States[point.stateName].TimeoutSeconds = remaining(point.waitDeadlineMs);
  if (copy.TimeoutSeconds !== undefined) copy.TimeoutSeconds = remaining(point.executionStartedMs + copy.TimeoutSeconds * 1000);
  return copy;
}
