import { createPinia } from 'pinia'
import { createApp, watch } from 'vue'
import App from './App.vue'
import { createLecternI18n } from './i18n'
import { createLecternRouter } from './router'
import { usePreferencesStore } from './stores/preferences'
import './styles/main.css'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)
const preferences = usePreferencesStore()
const i18n = createLecternI18n(preferences.locale)
// The preference store owns the language; vue-i18n follows it.
watch(() => preferences.locale, (locale) => (i18n.global.locale.value = locale))
app.use(i18n)
app.use(createLecternRouter())
app.mount('#app')
