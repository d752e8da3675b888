import { startTransition, StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import './app.css'
import { registerServiceWorker } from './registerServiceWorker'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
// As a transition, the first render yields to the browser every few milliseconds instead of holding the
// main thread for one long task (on a slow phone, 400 ms in which a tap would go unanswered).
startTransition(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
)

registerServiceWorker()
