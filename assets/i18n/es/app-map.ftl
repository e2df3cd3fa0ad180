# app-map
