# app-main
