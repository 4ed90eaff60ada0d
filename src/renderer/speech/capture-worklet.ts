/**
 * Audio worklet that hands microphone samples to the page in blocks. Runs on the audio thread;
 * copies because the engine reuses its input buffers.
 */
interface AudioWorkletProcessorLike {
  readonly port: MessagePort;
}
declare const AudioWorkletProcessor: {
  new (): AudioWorkletProcessorLike;
  prototype: AudioWorkletProcessorLike;
};
declare function registerProcessor(name: string, ctor: unknown): void;

class CaptureProcessor extends AudioWorkletProcessor {
  process(inputs: Float32Array[][]): boolean {
    const channel = inputs[0]?.[0];
    if (channel !== undefined && channel.length > 0) {
      const copy = channel.slice();
      this.port.postMessage(copy, [copy.buffer]);
    }
    return true;
  }
}

registerProcessor('signbridge-capture', CaptureProcessor);
