/**
 * The page the `landmarks` CLI and `bench -- landmarks` drive in headless Chromium: nothing but
 * the perception automation (window.signbridgePerception) on the app's own landmarker.
 */
import { installPerceptionAutomation } from './automation';

installPerceptionAutomation();
