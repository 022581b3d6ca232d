import { createPinia } from 'pinia'
import { createApp, watch } from 'vue'
import App from './App.vue'
import { i18n, useLocaleMessages } from './i18n'
import { createLecternRouter } from './router'
import { usePreferencesStore } from './stores/preferences'
import './styles/main.css'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)
const preferences = usePreferencesStore()
// The preference store owns the language; vue-i18n follows it (loading English on first use).
watch(() => preferences.locale, (locale) => useLocaleMessages(locale))
app.use(i18n)
app.use(createLecternRouter())
// If the messages cannot load (offline), the app still mounts in Vietnamese rather than not at all.
useLocaleMessages(preferences.locale).catch(() => undefined).finally(() => app.mount('#app'))
