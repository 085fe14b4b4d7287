import { mount } from 'svelte';
import './app/theme.css';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
