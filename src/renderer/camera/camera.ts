/**
 * Camera access with the user's device, resolution and frame-rate choice, and errors turned into
 * sentences that say what happened and what to do.
 */
export interface CameraChoice {
  readonly deviceId: string;
  readonly width: number;
  readonly height: number;
  readonly fps: number;
}

export interface CameraDevice {
  readonly deviceId: string;
  readonly label: string;
}

export class CameraError extends Error {
  constructor(
    message: string,
    readonly reason: 'denied' | 'missing' | 'busy' | 'unsupported' | 'other',
  ) {
    super(message);
    this.name = 'CameraError';
  }
}

export async function listCameras(): Promise<CameraDevice[]> {
  if (!navigator.mediaDevices?.enumerateDevices) return [];
  const devices = await navigator.mediaDevices.enumerateDevices();
  return devices
    .filter((d) => d.kind === 'videoinput')
    .map((d, i) => ({ deviceId: d.deviceId, label: d.label || `Camera ${i + 1}` }));
}

export function describeCameraError(e: unknown): CameraError {
  const name = e instanceof DOMException || e instanceof Error ? e.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return new CameraError(
        'Camera permission was denied. Allow camera access for SignBridge in your system or browser settings, then press Retry.',
        'denied',
      );
    case 'NotFoundError':
    case 'OverconstrainedError':
      return new CameraError(
        'No camera was found (or the chosen one is gone). Connect a camera or pick another in Settings, then press Retry.',
        'missing',
      );
    case 'NotReadableError':
    case 'AbortError':
      return new CameraError(
        'The camera is in use by another application. Close it there, then press Retry.',
        'busy',
      );
    default:
      return new CameraError(
        `The camera could not start: ${e instanceof Error ? e.message : String(e)}`,
        'other',
      );
  }
}

export async function openCamera(choice: CameraChoice): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia) {
    throw new CameraError(
      'This window has no camera access (getUserMedia is unavailable).',
      'unsupported',
    );
  }
  const video: MediaTrackConstraints = {
    width: { ideal: choice.width },
    height: { ideal: choice.height },
    frameRate: { ideal: choice.fps },
  };
  if (choice.deviceId) video.deviceId = { exact: choice.deviceId };
  try {
    return await navigator.mediaDevices.getUserMedia({ video, audio: false });
  } catch (e) {
    throw describeCameraError(e);
  }
}

export function stopStream(stream: MediaStream | undefined): void {
  stream?.getTracks().forEach((t) => t.stop());
}
