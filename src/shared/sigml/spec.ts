/**
 * SignSpec: the typed description of one sign that the SiGML parser produces and the motion
 * synthesis consumes. This file is the contract between src/shared/sigml and src/shared/motion:
 * changes are additive; a breaking change is committed with a message starting "spec:" and is
 * listed in docs/conventions.md ("Changing a contract between modules").
 *
 * Frame and handedness. Directions are in the signer's body frame (see vocab/direction.ts):
 * u = up, d = down, o = away from the body (forward), i = towards the body, l = the signer's
 * left, r = the signer's right. HamNoSys is written for a right-handed signer: "dominant" is the
 * right hand unless ManualSpec.nondominantOnly, and a left-handed performance mirrors the whole
 * sign left-right. Sides of a site ('dominant' / 'nondominant') follow the same rule.
 *
 * Provenance. Every node has `src`, the half-open range of indices into ManualSpec.symbols (the
 * child elements of <hamnosys_manual>, in order) it was parsed from.
 */
import type {
  ArcSide,
  ArmSite,
  Bending,
  BodyRegion,
  BodySite,
  ClockPosition,
  Contact,
  Digit,
  Direction26,
  Dynamics,
  EllipseAxis,
  FingerPart,
  HandPart,
  HandshapeBase,
  Manner,
  MovementSize,
  PalmDirection,
  PathShape,
  RepeatKind,
  SideDistance,
  ThumbPosition,
  WristMotion,
} from './vocab';
import type { NonManualFeature } from './nonmanual-spec';

export * from './symbols';
export * from './vocab';
export * from './nonmanual-tags';
export * from './mouth-gestures';
export * from './nonmanual-spec';

/** Version of this contract; bumped with each breaking change (docs/conventions.md lists them). */
export const SPEC_VERSION = 1;

/** Half-open range [start, end) of indices into ManualSpec.symbols. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

interface Node {
  readonly src: Span;
}

// ─── Hand configuration ──────────────────────────────────────────────────────────────────────

/** A digit named after the base shape, with its own bending when one follows it. */
export interface DigitSpec extends Node {
  readonly digit: Digit;
  readonly bend?: Bending;
}

/**
 * Two digits in contact, written digit-part-digit: "hamindexfinger hamfingernail hammiddlefinger"
 * (index crossed over the middle finger, contact at the nail), "hamthumb hamfingernail
 * hamindexfinger" (thumb against the index finger at the nail). `part` is the part named between
 * them; when neither digit is the thumb the fingers are crossed.
 */
export interface DigitContact extends Node {
  readonly first: Digit;
  readonly part: FingerPart;
  readonly second: Digit;
}

/**
 * A handshape: base shape, thumb, bending of the selected fingers, and per-digit exceptions.
 * Meaning of `digits` (HamNoSys 4): for finger2, finger23(spread), pinch and cee shapes a digit
 * without its own bending replaces the base's selected fingers ("hamfinger2 hampinky" = little
 * finger extended instead of the index; "hampinch12open hammiddlefinger …" = the thumb meets these
 * fingers); for fist, flat and finger2345 such a digit is exempted from the main bending (stays
 * as the base has it). A digit with a bending gets that bending. The thumb listed alone after a
 * bending is exempted from it.
 */
export interface Handshape extends Node {
  readonly base: HandshapeBase;
  readonly thumb?: ThumbPosition;
  /** Bending of all selected fingers. */
  readonly bend?: Bending;
  readonly digits: readonly DigitSpec[];
  readonly contacts: readonly DigitContact[];
  /** "digit hambetween digit" after the base: the thumb is put between these two digits (N, M, T). */
  readonly thumbBetween?: readonly [Digit, Digit];
  /** hambetween: the shape is halfway between this one and `between`. */
  readonly between?: Handshape;
  /** hametc after the shape: the shape is approximate. */
  readonly approximate: boolean;
}

/** Extended finger direction: where the fingers would point if they were straight. */
export interface FingerDirection extends Node {
  readonly dir: Direction26;
  /** hambetween: halfway between `dir` and this direction. */
  readonly between?: Direction26;
  /** hamorirelative: relative to the forearm rather than to the body. */
  readonly relative: boolean;
  readonly approximate: boolean;
}

/**
 * Palm orientation: the direction the palm faces, one of 8 around the extended finger
 * direction (for fingers pointing forward, 'd' = palm down, 'l' = palm facing left).
 */
export interface PalmOrientation extends Node {
  readonly dir: PalmDirection;
  readonly between?: PalmDirection;
  readonly relative: boolean;
  readonly approximate: boolean;
}

/** Handshape and orientation of one hand. Any part may be absent (kept from before / default). */
export interface HandConfig extends Node {
  readonly handshape?: Handshape;
  readonly extFinger?: FingerDirection;
  readonly palm?: PalmOrientation;
  /** `hamnondominant hametc` in a hand's slot: this hand's shape is left unspecified. */
  readonly shapeUnspecified: boolean;
  /** hamaltbegin … hammetaalt … hamaltend: other acceptable configurations (this one is the first). */
  readonly alternatives: readonly HandConfig[];
}

/** Per-hand values: `dominant` also applies to the non-dominant hand under symmetry. */
export interface PerHand<T> {
  readonly dominant?: T;
  readonly nondominant?: T;
}

// ─── Locations ───────────────────────────────────────────────────────────────────────────────

/** Side of a site: written after the site = the dominant hand's side, before it = the other. */
export interface Side extends Node {
  readonly of: 'dominant' | 'nondominant';
  readonly distance: SideDistance;
}

/** A site on a hand: a hand part, or finger part(s) of given digits (no digit = all fingers). */
export interface HandSite extends Node {
  readonly handPart?: HandPart;
  readonly fingerPart?: FingerPart;
  readonly digits: readonly Digit[];
  /**
   * hampalm / hamhandback written after a finger part or the wrist: the palm side ('palmar') or
   * the back ('dorsal') of that part ("hamfingermidjoint hamhandback" = the back of the middle joint).
   */
  readonly surface?: 'palmar' | 'dorsal';
}

interface LocationBase extends Node {
  readonly side?: Side;
  /** Contact of the hand with the site; absent = the usual signing distance. */
  readonly contact?: Contact;
  /** The part of the moving hand that makes the contact ("… hamseqbegin hamtouch hamfingertip hamseqend"). */
  readonly contactBy?: HandSite;
  /** hamarmextended: far from the site, with the arm extended. */
  readonly armExtended: boolean;
  /** hambehind: behind the site (at the back of the head or body). */
  readonly behind: boolean;
  /** hambetween: halfway between this location and `between`. */
  readonly between?: Location;
  readonly approximate: boolean;
}

export interface BodyLocation extends LocationBase {
  readonly kind: 'body';
  readonly site: BodySite;
  readonly region: BodyRegion;
}

/** A site on an arm: the non-dominant arm when the dominant hand is placed there. */
export interface ArmLocation extends LocationBase {
  readonly kind: 'arm';
  readonly site: ArmSite;
}

/** A site on the other hand (the non-dominant hand when the dominant hand is placed there). */
export interface HandLocation extends LocationBase {
  readonly kind: 'hand';
  readonly site: HandSite;
}

export interface NeutralLocation extends LocationBase {
  readonly kind: 'neutral';
}

export type Location = BodyLocation | ArmLocation | HandLocation | NeutralLocation;

/**
 * The two hands relative to each other: the site on the dominant hand, the site on the
 * non-dominant hand, and their contact; optionally where the pair is in front of the body.
 * Either site may be absent ("hamparbegin … hamparend hamclose" after the configurations).
 */
export interface HandConstellation extends Node {
  readonly dominantSite?: HandSite;
  readonly nondominantSite?: HandSite;
  /** Side marks on the sites ("hamfingerside hamlrbeside": beside the finger's side). */
  readonly dominantSide?: Side;
  readonly nondominantSide?: Side;
  readonly contact?: Contact;
  readonly where?: Location;
}

/**
 * Where the hands are, initially or as the target of a movement. `location` is the dominant
 * hand's location (both hands' under symmetry); `nondominant` is given when the hands have
 * separate locations; `contact` alone means "until contact with the current site or other hand".
 */
export interface Placement extends Node {
  readonly location?: Location;
  readonly nondominant?: Location;
  readonly constellation?: HandConstellation;
  readonly contact?: Contact;
}

// ─── Movements ───────────────────────────────────────────────────────────────────────────────

/** Modifiers written after a movement symbol, in any order. */
export interface MovementModifiers {
  readonly size?: MovementSize;
  readonly manner: readonly Manner[];
  readonly dynamics?: Dynamics;
  /** hamalternatingmotion after the movement: the two hands do it out of phase. */
  readonly alternating: boolean;
  /** "hamseqbegin hambrushing <location> hamseqend": brushing contact with this site on the way. */
  readonly brushing?: Location;
  /** Where the movement ends (a location, hand constellation or a bare contact after it). */
  readonly target?: Placement;
  readonly approximate: boolean;
}

/** Straight movement of the hand in a direction; `arc` bows the path, `path` makes it wavy/zigzag. */
export interface StraightMove extends Node, MovementModifiers {
  readonly kind: 'straight';
  readonly dir: Direction26;
  readonly between?: Direction26;
  readonly arc?: ArcSide;
  readonly path?: PathShape;
  /** hamellipse* after a wavy/zigzag path: the undulation is elliptical in this orientation. */
  readonly ellipse?: EllipseAxis;
}

/**
 * Circular movement about `axis` (see CIRCLE_SYMBOLS for the sense of rotation). `start` / `end`
 * are clock positions in the circle's plane; without them it is one full circle from the top.
 */
export interface CircleMove extends Node, MovementModifiers {
  readonly kind: 'circle';
  readonly axis: Direction26;
  readonly between?: Direction26;
  readonly ellipse?: EllipseAxis;
  readonly start?: ClockPosition;
  readonly end?: ClockPosition;
  /** hamclockfull: more than one full turn. */
  readonly full: boolean;
  readonly path?: PathShape;
}

/** Movement of the wrist or forearm in place (nodding, swinging, twisting, stirring). */
export interface WristMove extends Node, MovementModifiers {
  readonly kind: 'wrist';
  readonly motion: WristMotion;
}

/** Finger play (fingers wiggle in turn); `digits` empty = the selected fingers. */
export interface FingerPlay extends Node, MovementModifiers {
  readonly kind: 'fingerplay';
  readonly digits: readonly Digit[];
}

/**
 * hamreplace: the hand changes to a new handshape and/or orientation (per hand when written as a
 * pair), optionally moving to a new place. Values not given are kept.
 */
export interface Replace extends Node, MovementModifiers {
  readonly kind: 'replace';
  readonly hands: PerHand<HandConfig>;
}

/** A movement straight to a place (a location written in the action part with no movement). */
export interface MoveTo extends Node, MovementModifiers {
  readonly kind: 'moveTo';
}

/** hamnomotion: the hand stays where it is (usually the non-dominant hand in a pair). */
export interface NoMotion extends Node {
  readonly kind: 'nomotion';
}

/** hammovecross (obsolete): the hand moves across the other hand or arm. */
export interface CrossMove extends Node, MovementModifiers {
  readonly kind: 'cross';
}

/**
 * Sequence of movements. `fused` (hamfusionbegin … hamfusionend): they flow into one movement
 * without stops. An unbracketed list of movements is also a sequence (see ManualSpec.actions).
 */
export interface SeqAction extends Node, MovementModifiers {
  readonly kind: 'seq';
  readonly fused: boolean;
  readonly actions: readonly Action[];
}

/** hamparbegin … hamparend without hamplus: movements done at the same time by the same hand(s). */
export interface ParAction extends Node, MovementModifiers {
  readonly kind: 'par';
  readonly actions: readonly Action[];
}

/**
 * hamparbegin A hamplus B hamparend: the dominant hand does A while the non-dominant does B.
 * Inside `nondominant`, one-hand values are filed under the non-dominant hand: a Replace's
 * configuration is in `hands.nondominant`, a target location in `target.nondominant`.
 */
export interface SplitAction extends Node, MovementModifiers {
  readonly kind: 'split';
  readonly dominant: readonly Action[];
  readonly nondominant: readonly Action[];
}

/** A repetition of the action before it. */
export interface RepeatAction extends Node {
  readonly kind: 'repeat';
  readonly action: Action;
  readonly repeat: RepeatKind;
  /** A second repetition symbol right after the first (e.g. fromStart then continue). */
  readonly then?: RepeatKind;
  /** A movement arrow after the repetition: each repetition is shifted this way. */
  readonly shift?: { readonly dir: Direction26; readonly size?: MovementSize };
  readonly dynamics?: Dynamics;
  /** hamalternatingmotion after the repetition: the hands alternate, one per repetition. */
  readonly alternating: boolean;
  readonly size?: MovementSize;
  readonly manner: readonly Manner[];
  readonly approximate: boolean;
}

/** hamaltbegin … hammetaalt … hamaltend in the action part: the first option is the default. */
export interface AlternativesAction extends Node {
  readonly kind: 'alternatives';
  readonly options: readonly (readonly Action[])[];
}

/** A movement of a body part rather than the hands ("hamhead hamnodding", "hamshoulders hammoveu"). */
export interface BodyPartMove extends Node {
  readonly kind: 'bodyPart';
  readonly site: BodySite | ArmSite;
  readonly action: Action;
}

export type Action =
  | StraightMove
  | CircleMove
  | WristMove
  | FingerPlay
  | Replace
  | MoveTo
  | NoMotion
  | CrossMove
  | SeqAction
  | ParAction
  | SplitAction
  | RepeatAction
  | AlternativesAction
  | BodyPartMove;
export type ActionKind = Action['kind'];

// ─── The sign ────────────────────────────────────────────────────────────────────────────────

/**
 * Two-handed symmetry. 'par' (hamsymmpar): the non-dominant hand mirrors the dominant hand's
 * configuration and location and moves in parallel, the same way in space. 'lr' (hamsymmlr):
 * mirror image across the body's midline, movements mirrored too. `oiMirror`
 * (hamfingerstraightmod) / `udMirror` (hamlargemod) add mirroring front-back / up-down;
 * `outOfPhase` (hamalternatingmotion): the hands alternate; `nonIpsi` (hamnonipsi): locations
 * are not mirrored to the other side.
 */
export interface Symmetry extends Node {
  readonly kind: 'par' | 'lr';
  readonly oiMirror: boolean;
  readonly udMirror: boolean;
  readonly outOfPhase: boolean;
  readonly nonIpsi: boolean;
}

/** The manual part (<hamnosys_manual>): initial configuration, then movements. */
export interface ManualSpec extends Node {
  /**
   * The child elements of <hamnosys_manual>, in order, as HamSymbol names (letter case repaired);
   * an element that is not a HamNoSys symbol keeps its name as written. `src` spans index into it.
   */
  readonly symbols: readonly string[];
  readonly symmetry?: Symmetry;
  /** hamnondominant at the start: a one-handed sign made by the non-dominant hand. */
  readonly nondominantOnly: boolean;
  /**
   * True when both hands take part: symmetry, a hand pair in the configuration, location or
   * movements, a hand constellation, or a location on the other hand or arm.
   */
  readonly twoHanded: boolean;
  /**
   * Initial handshape and orientation; `nondominant` when given separately. Under symmetry a
   * part missing from `nondominant` is the mirror image (per `symmetry`) of the dominant hand's;
   * without symmetry the parser copies parts written once for both hands into `nondominant`.
   */
  readonly hands: PerHand<HandConfig>;
  /** Initial place of the hands; absent = neutral space in front of the body. */
  readonly placement?: Placement;
  /** Movements after the initial configuration, performed in order. Empty = a held posture. */
  readonly actions: readonly Action[];
  /** hamalternatingmotion before the configuration of a sign without symmetry: the hands alternate. */
  readonly alternating?: boolean;
  /** hammime: the sign is pantomimic. */
  readonly mime: boolean;
}

/** One sign: gloss, manual part (absent when the sign has none or it could not be parsed), tiers. */
export interface SignSpec {
  readonly gloss: string;
  readonly manual?: ManualSpec;
  /**
   * Further manual parts of a compound sign, performed after `manual` in order (HamNoSys writes
   * them after `manual`, separated by a top-level hamplus). Absent or empty for a simple sign.
   */
  readonly compound?: readonly ManualSpec[];
  /** Non-manual features in document order; all start with the sign and last as long as it. */
  readonly nonManual: readonly NonManualFeature[];
}
