import './styles.css';
import { connect } from './bridge';
import { mountApp } from './ui/app';

const root = document.getElementById('app');
if (root === null) throw new Error('index.html has no #app element');
mountApp(root, connect()).catch((e: unknown) => {
  root.textContent = `SignBridge could not start: ${e instanceof Error ? e.message : String(e)}`;
});
